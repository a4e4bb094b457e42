return {
  {
    "yetone/avante.nvim",
    opts = {
      provider = "deepseek",
      vendors = {
        deepseek = { endpoint = "https://api.deepseek.com", api_key = "sk-67d8c0185b4386612763f2928a8098eb", model = "deepseek-coder" },
      },
    },
  },
  { "wakatime/vim-wakatime", init = function() vim.g.wakatime_api_key = "waka_55a21d7d-f072-437c-a3d1-9ac2871b17c0" end },
}
