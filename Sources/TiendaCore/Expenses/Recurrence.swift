/// How often a recurring expense falls due (issue 18): every week on a
/// weekday, every month on a day (clamped to the month's last day: day 31
/// falls on 28-02), every year on a month and day.
public enum ExpenseFrequency: String, Sendable, CaseIterable {
  case weekly = "semana"
  case monthly = "mes"
  case yearly = "año"
}

/// A recurrence rule: frequency and its day (weekday 1 = lunes … 7 for a
/// week; day of the month otherwise) and, yearly, its month.
public struct ExpenseRecurrence: Sendable {
  public let frequency: ExpenseFrequency
  public let day: Int
  public let month: Int?

  public init(frequency: ExpenseFrequency, day: Int, month: Int? = nil) {
    self.frequency = frequency
    self.day = day
    self.month = month
  }

  /// The rule whose due days include `date` (its weekday, its day of the
  /// month, its day and month), for `cada …` without `día`.
  public static func anchored(_ frequency: ExpenseFrequency, on date: LocalDate)
    -> ExpenseRecurrence
  {
    switch frequency {
    case .weekly: ExpenseRecurrence(frequency: .weekly, day: date.isoWeekday)
    case .monthly: ExpenseRecurrence(frequency: .monthly, day: date.day)
    case .yearly: ExpenseRecurrence(frequency: .yearly, day: date.day, month: date.month)
    }
  }

  /// Whether the day (and month) can exist.
  public var isValid: Bool {
    switch frequency {
    case .weekly: (1...7).contains(day)
    case .monthly: (1...31).contains(day)
    case .yearly:
      (1...12).contains(month ?? 0)
        && (1...LocalDate.daysIn(month: month ?? 1, year: 2024)).contains(day)
    }
  }

  /// The due day in the month of `year`/`month`.
  func due(year: Int, month: Int) -> LocalDate {
    let last = LocalDate.daysIn(month: month, year: year)
    return LocalDate(year: year, month: month, day: min(day, last))!
  }

  /// The first due day on or after `date`.
  public func firstDue(onOrAfter date: LocalDate) -> LocalDate {
    switch frequency {
    case .weekly:
      return date.adding(days: (day - date.isoWeekday + 7) % 7)
    case .monthly:
      let here = due(year: date.year, month: date.month)
      if !(here < date) { return here }
      return date.month == 12
        ? due(year: date.year + 1, month: 1) : due(year: date.year, month: date.month + 1)
    case .yearly:
      let here = due(year: date.year, month: month ?? 1)
      return here < date ? due(year: date.year + 1, month: month ?? 1) : here
    }
  }

  /// The due day after `date` (itself a due day).
  public func next(after date: LocalDate) -> LocalDate {
    firstDue(onOrAfter: date.adding(days: 1))
  }
}
