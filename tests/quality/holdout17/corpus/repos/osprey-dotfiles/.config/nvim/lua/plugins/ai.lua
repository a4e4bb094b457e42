return {
  {
    "yetone/avante.nvim",
    opts = {
      provider = "deepseek",
      vendors = {
        deepseek = { endpoint = "https://api.deepseek.com", api_key = "sk-5d00c41ccc77766b136e9210bbbd1a55", model = "deepseek-coder" },
      },
    },
  },
  { "wakatime/vim-wakatime", init = function() vim.g.wakatime_api_key = "waka_1e1ed52a-ce04-4cda-9599-dce4abdd9688" end },
}
