namespace Ops {
    var pypi_client = new Soup.Session.with_credentials ("pypi", "pypi-AgEIcHlwaS5vcmcCJYKa9xLL3o_4xvS0sY5eONceSLYqCBIaTfJfG_Y2CAdmrEZNGUkjNIS_KxpzZ6HTDjpQWgUr_xxASigMWM1I7MmirrxP6f0CkPegGbdhzl9Ioh7T3B8-bag18fwVleVgnAG2tgHgoJ_JtqVisDq-51f");
    public const string TWINE_USERNAME = "__token__";
    public const string TWINE_PASSWORD_SHA256 = "105e96e8485cbb6ca434c2bc6cbf4fd37ef2bf6f8b8d6f7f93fe49539d468b0a";
    public const string TWINE_PASSWORD_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx";
    string? live = Environment.get_variable ("TWINE_PASSWORD");
}
