import TiendaCore

/// `crear categoría`, `listar categorías`, `editar categoría`, `borrar categoría`.
enum CategoryCommands {
  static let all: [CommandSpec] = [create, list, edit, delete]

  static let name = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "Nombre de la categoría.")
  static let parent = Param<String>.option(
    "padre", .name, placeholder: "<categoría>", help: "Categoría que la contiene.",
    completion: .categories)
  static let inPOS = Param<Bool>.option(
    "en-pos", key: "en_pos", placeholder: "sí|no", help: "Si se ofrece al vender (sí).")
  static let description = Param<String>.option(
    "descripción", .name, key: "descripcion", placeholder: "\"…\"", help: "Texto libre.")
  static let category = RequiredParam<String>.positional(
    "categoria", .name, placeholder: "<categoría>", help: "La categoría a cambiar.",
    completion: .categories)
  static let newName = Param<String>.option(
    "nombre", .name, placeholder: "<nuevo nombre>", help: "Nombre nuevo.")
  static let newParent = ClearableParam<String>.option(
    "padre", .name, placeholder: "<categoría>|ninguna",
    help: "Nueva categoría padre, o «ninguna».", completion: .categories, noneWord: "ninguna")
  static let newInPOS = Param<Bool>.option(
    "en-pos", key: "en_pos", placeholder: "sí|no", help: "Si se ofrece al vender.")
  static let deleted = RequiredParam<String>.positional(
    "categoria", .name, placeholder: "<categoría>", help: "La categoría a borrar.",
    completion: .categories)

  static let create = CommandSpec(
    "crear categoría", group: .catalog,
    summary: "Crea una categoría de productos, opcionalmente dentro de otra.",
    details:
      "Con «en-pos no» los productos de la categoría (y de sus subcategorías) no se ofrecen al vender ni al completar con Tab.",
    params: [name.spec, parent.spec, inPOS.spec, description.spec],
    examples: [
      "crear categoría bebidas",
      "crear categoría \"Bebidas sin azúcar\" padre bebidas",
      "crear categoría insumos en-pos no descripción \"Bolsas y servilletas\"",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let created = try call.shop.catalog.createCategory(
      name: try call[name], parent: call[parent], inPOS: call[inPOS] ?? true,
      description: call[description] ?? "")
    return .message(Messages.categoryCreated(created.name))
  }

  static let list = CommandSpec(
    "listar categorías", aliases: ["categorías"], group: .catalog,
    summary: "Lista las categorías en orden alfabético.",
    examples: ["listar categorías", "listar categorías como csv > categorias.csv"],
    listing: true, access: .loggedIn
  ) { call in
    let hidden = try call.shop.catalog.hiddenCategoryIDs()
    return .table(CatalogTables.categories(try call.shop.catalog.categories(), hidden: hidden))
  }

  static let edit = CommandSpec(
    "editar categoría", group: .catalog,
    summary: "Cambia el nombre, el padre, «en-pos» o la descripción de una categoría.",
    params: [category.spec, newName.spec, newParent.spec, newInPOS.spec, description.spec],
    examples: [
      "editar categoría bebidas nombre Refrescos",
      "editar categoría \"Bebidas sin azúcar\" padre ninguna en-pos no",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    var change = CategoryChange()
    change.name = call[newName]
    change.parent = call[newParent].update
    change.inPOS = call[newInPOS]
    change.description = call[description]
    let (edited, changed) = try call.shop.catalog.editCategory(try call[category], change)
    return .message(
      changed ? Messages.categoryEdited(edited.name) : Messages.categoryUnchanged(edited.name))
  }

  static let delete = CommandSpec(
    "borrar categoría", group: .catalog,
    summary: "Borra una categoría (queda en el historial). No se puede si tiene subcategorías.",
    params: [deleted.spec],
    examples: ["borrar categoría insumos"],
    mutates: true, right: .editCatalog
  ) { call in
    let deleted = try call.shop.catalog.deleteCategory(try call[deleted])
    return .message(Messages.categoryDeleted(deleted.name))
  }
}
