/// The fresh-eye wording's old name, for code written before the wording
/// moved to its areas (`Run/UnprintedNotices.swift` and
/// `Commands/UserCommands.swift` still say `FreshEyeMessages.…`): remove
/// once they say `Messages.…`.
typealias FreshEyeMessages = Messages
