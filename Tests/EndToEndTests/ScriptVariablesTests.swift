import Foundation
import Testing

/// Script variables (DESIGN.md §5.1): `${1}`…`${9}`, `${*}`, `parámetro`,
/// `definir`, built-ins; one token each; `$` and a digit is money.
@Suite struct ScriptVariablesTests {
  @Test func builtInsAreOneTokenEvenInsideAFileName() throws {
    let box = try Sandbox()
    _ = try box.write(
      "x.tienda",
      """
      configurar tienda nombre "Feria Don Pepe"
      crear categoría "$tienda en $caja"
      crear categoría $hoy
      crear categoría ayer-$ayer
      listar categorías como csv > categorias-$fecha-$hora.csv

      """)
    let r = try box.tienda(["x.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    // TIENDA_AHORA is 13:00 UTC = 10:00 in Santiago (summer time).
    #expect(box.exists("categorias-2026-11-23-10-00.csv"), "\(r.transcript)")
    let csv = try box.read("categorias-2026-11-23-10-00.csv")
    #expect(csv.contains("Feria Don Pepe en Caja 1"))
    #expect(csv.contains("23-11-2026"))
    #expect(csv.contains("ayer-22-11-2026"))
  }

  @Test func parametersTakeArgumentsInOrderWithDefaults() throws {
    let box = try Sandbox()
    _ = try box.write(
      "x.tienda",
      """
      parámetro primera
      parametro segunda "sin nombre"
      crear categoría $primera
      crear categoría $segunda padre $PRIMERA

      """)
    var r = try box.tienda(["x.tienda", "bebidas"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["bebidas", "sin nombre"])
    r = try box.tienda(["x.tienda", "snacks", "papas fritas"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["bebidas", "papas fritas", "sin nombre", "snacks"])
  }

  @Test func aMissingParameterIsAUsageErrorNamingIt() throws {
    let box = try Sandbox()
    _ = try box.write(
      "cierre.tienda", "# Cierre\nparámetro contado\ncrear categoría $contado\n")
    let r = try box.tienda(["cierre.tienda"])
    #expect(r.status == 2, "\(r.transcript)")
    #expect(
      r.stderr
        == "cierre.tienda:2:1: Falta el parámetro «contado» (argumento 1) de «cierre.tienda»: dele ese valor al ejecutarlo, o uno por omisión («parámetro contado <valor>»).\n"
    )
    #expect(try box.categoryNames() == [])
  }

  @Test func undefinedVariableIsAnErrorWithACaretUnderIt() throws {
    let box = try Sandbox()
    let r = try box.commands("crear categoría pre-$nada-post")
    #expect(r.status == 1)
    #expect(
      r.stderr == """
          crear categoría pre-$nada-post
                              ^^^^^
        tienda: La variable «$nada» no está definida.
          Defínala con «definir nombre valor» o «parámetro nombre»; para escribir un $ use $$.

        """)
    let file = try box.write("x.tienda", "crear categoría a\ncrear categoría \"b ${otra}\"\n")
    let s = try box.tienda([file])
    #expect(s.status == 1)
    #expect(s.stderr.hasPrefix("\(file):2:20: La variable «$otra» no está definida.\n"))
    #expect(try box.categoryNames() == ["a"])
  }

  @Test func dollarAndDigitIsMoneyNeverAVariable() throws {
    let box = try Sandbox()
    _ = try box.write(
      "x.tienda",
      """
      definir precio $2.500
      crear producto "Empanada de pino" precio $precio sku EMP01
      crear producto "Bebida" precio $1.990 sku BEB01
      crear categoría "Oferta $$5"

      """)
    let r = try box.tienda(["x.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(int(try box.product("EMP01")["precio"]) == 2500)
    #expect(int(try box.product("BEB01")["precio"]) == 1990)
    #expect(try box.categoryNames() == ["Oferta $5"])
  }

  @Test func definirAtThePromptAndAllArguments() throws {
    let box = try Sandbox()
    let r = try box.tienda(
      [], stdin: "definir cat \"Pan amasado\"\ncrear categoría $cat\ncrear categoría x-${cat}-y\n")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["Pan amasado", "x-Pan amasado-y"])
    // ${*} is every argument as one token; with none it is no token at all.
    _ = try box.write("x.tienda", "crear categoría ${*}\n")
    #expect(try box.tienda(["x.tienda", "uno", "dos"]).status == 0)
    #expect(try box.categoryNames().contains("uno dos"))
    let none = try box.tienda(["x.tienda"])
    #expect(none.status == 1)
    #expect(none.stderr.contains("Falta <nombre> en «crear categoría»."), "\(none.transcript)")
  }

  @Test func badNamesAndBuiltInsAreRefused() throws {
    let box = try Sandbox()
    var r = try box.commands("definir hoy 5")
    #expect(errorText(r) == "«$hoy» ya la define tienda; elija otro nombre.")
    r = try box.commands("definir 1x 5")
    #expect(
      errorText(r)
        == "«1x» no sirve como nombre de variable: debe empezar con una letra y seguir con letras, números o _."
    )
    r = try box.commands("crear categoría ${10}")
    #expect(
      errorText(r) == "«${10}» no existe: los argumentos van de ${1} a ${9}; ${*} los trae todos.")
    r = try box.commands("crear categoría ${1}")
    #expect(errorText(r) == "Aquí no hay argumentos: ${1} vale dentro de un script que los recibe.")
    r = try box.commands("crear categoría ${abc")
    #expect(errorText(r) == "Falta cerrar la llave de la variable: ${nombre}.")
    _ = try box.write("x.tienda", "crear categoría ${2}\n")
    r = try box.tienda(["x.tienda", "uno"])
    #expect(
      r.stderr.hasPrefix("x.tienda:1:17: El script «x.tienda» no recibió el argumento 2 (${2}).\n"))
    #expect(try box.categoryNames() == [])
  }

  @Test func nestedScriptsDoNotSeeTheCallersVariables() throws {
    let box = try Sandbox()
    _ = try box.write("hijo.tienda", "crear categoría $secreto\n")
    _ = try box.write("padre.tienda", "definir secreto abc\nejecutar hijo.tienda\n")
    let r = try box.tienda(["padre.tienda"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("hijo.tienda:1:17: La variable «$secreto» no está definida.\n"))
  }
}
