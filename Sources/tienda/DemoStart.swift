import TiendaShell

#if canImport(Glibc)
  import Glibc
#endif

/// Where `--demo` works: a scratch folder removed at exit, or, with
/// `--db`, a new (or empty) file that is kept. `TIENDA_DB` is never used:
/// it names the user's shop.
func demoPath(_ options: Options) -> (path: String, scratch: Bool) {
  if let kept = options.databasePath {
    var info = stat()
    if stat(kept, &info) == 0 && info.st_size > 0 { fail(usage: Messages.demoFileNotEmpty(kept)) }
    return (kept, false)
  }
  do {
    let folder = try ScratchFolder.make("tienda-demo")
    ScratchFolder.removeAtExit(folder)
    return (folder + "/demo.db", true)
  } catch {
    write("tienda: " + Messages.describe(beforeOpening: error) + "\n", to: 2)
    exit(1)
  }
}

/// Seeds the demo shop through the normal command path. A scratch demo
/// prints PRÁCTICA on its papers and says DEMO in the prompt.
func plantDemo(_ context: ShellContext, path: String, scratch: Bool, interactive: Bool) {
  do {
    try DemoShop.plant(context)
  } catch {
    write("tienda: " + context.describe(error) + "\n", to: 2)
    exit(1)
  }
  if scratch {
    context.shop.practice = true
    context.promptTag = Messages.demoTag
    if interactive { write(Messages.demoWelcome + "\n", to: 1) }
  } else {
    write(Messages.demoSeeded(path) + "\n", to: 2)
  }
}
