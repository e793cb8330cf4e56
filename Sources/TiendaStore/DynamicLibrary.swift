#if canImport(Glibc)
  import Glibc
#endif

/// A system library opened with `dlopen` when first needed (libedit for the
/// prompt, libpq for the central server), so start-up links neither.
public struct DynamicLibrary {
  let handle: UnsafeMutableRawPointer

  /// The first of `names` that loads; nil when none is installed.
  public init?(firstOf names: [String]) {
    for name in names {
      if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) {
        self.handle = handle
        return
      }
    }
    return nil
  }

  /// The function `name` as `type`, or nil when the library lacks it.
  public func symbol<T>(_ name: String, _ type: T.Type) -> T? {
    address(name).map { unsafeBitCast($0, to: type) }
  }

  /// The address of `name` (a variadic C function is called through a shim).
  public func address(_ name: String) -> UnsafeMutableRawPointer? { dlsym(handle, name) }
}
