-- Dossier language server for Neovim 0.11+.
-- Put this folder on the runtimepath (e.g. `vim.opt.rtp:append('/path/to/dossier/editors/nvim')`)
-- and call `vim.lsp.enable('dossier')`. Override anything with `vim.lsp.config('dossier', {...})`.
return {
  cmd = { 'dossier', 'lsp', '--stdio' },
  filetypes = { 'markdown', 'text', 'html' },
  root_markers = { '.dossier.json', '.git' },
  -- The same keys as .dossier.json: corpus, includeEmbeddedCorpus, rules, accept.
  settings = { dossier = vim.empty_dict() },
  init_options = { dossier = vim.empty_dict() },
}
