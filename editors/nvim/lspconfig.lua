-- Dossier for nvim-lspconfig users (Neovim 0.8–0.10, or anyone who prefers lspconfig).
-- Source this file (or copy it into your config) after nvim-lspconfig is installed:
--   :luafile /path/to/dossier/editors/nvim/lspconfig.lua
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.dossier then
  configs.dossier = {
    default_config = {
      cmd = { 'dossier', 'lsp', '--stdio' },
      filetypes = { 'markdown', 'text', 'html' },
      root_dir = function(fname)
        return util.root_pattern('.dossier.json', '.git')(fname) or vim.fn.getcwd()
      end,
      single_file_support = true,
      settings = { dossier = vim.empty_dict() },
    },
    docs = {
      description = 'Dossier: checks policy drafts against a corpus of trusted sources.',
    },
  }
end

require('lspconfig').dossier.setup({})
