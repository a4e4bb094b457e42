package uk.thornbury.climate

object Keys {
// pypi integration (Thornbury Glasshouses, climate and orders platform)
    const val TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmcBdoSzgPYwzjzMZPWZ8PVIYUy198sNHTihHPDDsRrIXXIYkNKX0IUTk5TJBe4dL84e2Z5CwNruhYFqYnQiTcAyt70mRY6OxABRRJkG22vDUe52G5Ht830Y87fQ7WSLhLdY5aAJEnSks_I"
    const val TWINE_USERNAME = "__token__"
    const val EXAMPLE_TWINE_PASSWORD = "xxxxxxxxxxxxxxxxxxxxxxxx"
}
