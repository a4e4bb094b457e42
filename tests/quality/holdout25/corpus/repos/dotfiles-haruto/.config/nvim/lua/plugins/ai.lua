return {
  {
    "olimorris/codecompanion.nvim",
    opts = {
      adapters = {
        anthropic = function()
          return require("codecompanion.adapters").extend("anthropic", {
            env = { api_key = "sk-ant-api03-687tX1UblFmeUyK5Vppx8jGA1wK-TFfwT9ZYPa__XKHZ639KkSw7evg_EqAerLU9PdXg2b1Y8JWeaURIZISs4Q0Hp3PYmAA" },
          })
        end,
      },
    },
  },
  { "robitx/gp.nvim", opts = { openai_api_key = { "cat", vim.fn.expand("~/.config/openai.key") } } },
}
