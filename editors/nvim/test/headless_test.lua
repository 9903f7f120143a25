-- Headless Neovim test of the Dossier language server, configured by a block of
-- editors/nvim/README.md exactly as written there (DOSSIER_SNIPPET names it). Run by
-- editors/nvim/test/run.sh, with `dossier` on PATH. Exits 0 when every check passes, 1 otherwise.
local repository = assert(os.getenv('DOSSIER_REPOSITORY'), 'DOSSIER_REPOSITORY is not set')
local snippet = assert(os.getenv('DOSSIER_SNIPPET'), 'DOSSIER_SNIPPET is not set')
local draft = assert(os.getenv('DOSSIER_DRAFT'), 'DOSSIER_DRAFT is not set')
local failures = {}
local function check(ok, what)
  if ok then
    io.stdout:write('ok   ' .. what .. '\n')
  else
    io.stdout:write('FAIL ' .. what .. '\n')
    table.insert(failures, what)
  end
end
local function finish()
  io.stdout:write(#failures == 0 and 'nvim test: all checks passed\n' or ('nvim test: ' .. #failures .. ' failed\n'))
  vim.cmd(#failures == 0 and 'qa!' or 'cquit! 1')
end

-- The README's block marked "tested: <snippet>", with the repository's path filled in.
local readme = table.concat(vim.fn.readfile(repository .. '/editors/nvim/README.md'), '\n')
local marker = readme:find('<!-- tested: ' .. snippet .. ' ', 1, true)
assert(marker, 'no block marked ' .. snippet .. ' in editors/nvim/README.md')
local code = assert(readme:match('```lua\n(.-)\n```', marker), 'no lua block after the marker')
code = code:gsub('/path/to/dossier', repository)
assert(load(code, 'README ' .. snippet))()
check(true, 'the README block ' .. snippet .. ' ran')

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()

local client
check(vim.wait(10000, function()
  client = vim.lsp.get_clients({ bufnr = buf, name = 'dossier' })[1]
  return client ~= nil and client.initialized
end, 50), 'server attached')
if not client then return finish() end

-- Diagnostics: rule codes and lines of 01-briefing-memo.md.
local expected = {
  [14] = 'name-misspelled', [19] = 'fact-conflict', [21] = 'acronym-undefined',
  [24] = 'unknown-reference', [30] = 'quote-mismatch', [32] = 'term-variant',
}
check(vim.wait(10000, function() return #vim.diagnostic.get(buf) >= 6 end, 50), 'diagnostics arrived')
local seen = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  seen[d.lnum + 1] = d.code
  check(d.source == 'dossier', 'diagnostic source is dossier')
end
for line, code in pairs(expected) do
  check(seen[line] == code, string.format('line %d has %s (got %s)', line, code, tostring(seen[line])))
end

local function request(method, params)
  local response = client:request_sync(method, params, 5000, buf)
  return response and response.result, response and response.err
end
local function position(line, col)
  vim.api.nvim_win_set_cursor(0, { line, col })
  return vim.lsp.util.make_position_params(0, client.offset_encoding)
end

-- Hover with evidence on "Executive Order 13382" (line 13).
local hover = request('textDocument/hover', position(13, 25))
local text = hover and hover.contents and hover.contents.value or ''
check(text:find('Executive Order 13382', 1, true) ~= nil, 'hover names Executive Order 13382')
check(text:find('000_3a5685f57547a5d7.txt:8', 1, true) ~= nil, 'hover cites the evidence document and line')

-- Completion: the corpus value after "became a nuclear power in".
local line19 = vim.api.nvim_buf_get_lines(buf, 18, 19, false)[1]
local col = line19:find('1999', 1, true) - 1
local completion = request('textDocument/completion', position(19, col))
local items = completion and (completion.items or completion) or {}
check(#items > 0 and items[1].label == '1998', 'completion offers the corpus value 1998 first')

-- Quick fix: replace 1999 with 1998 and check the buffer.
local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
params.range = { start = position(19, col + 1).position, ['end'] = position(19, col + 1).position }
params.context = { diagnostics = {} }
local actions = request('textDocument/codeAction', params) or {}
local fix
for _, action in ipairs(actions) do
  if action.title == 'Replace with 1998' then fix = action end
end
check(fix ~= nil and fix.isPreferred == true, 'a preferred quick fix replaces 1999 with 1998')
if fix then
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  local fixed = vim.api.nvim_buf_get_lines(buf, 18, 19, false)[1]
  check(fixed:find('nuclear power in 1998', 1, true) ~= nil, 'the fix changed the buffer to 1998')
  -- The fact-conflict disappears after the edit.
  check(vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == 'fact-conflict' then return false end
    end
    return true
  end, 50), 'the fact-conflict is gone after the fix')
end

-- gd (mapped by the README's block) jumps to the evidence: the corpus document, or, where two
-- documents hold it, a quickfix list of both.
vim.api.nvim_win_set_cursor(0, { 13, 25 })
vim.api.nvim_feedkeys('gd', 'x', false)
local function reached()
  if vim.api.nvim_buf_get_name(0):find('000_3a5685f57547a5d7.txt', 1, true) then return true end
  for _, item in ipairs(vim.fn.getqflist()) do
    if vim.api.nvim_buf_get_name(item.bufnr):find('000_3a5685f57547a5d7.txt', 1, true) then return true end
  end
  return false
end
check(vim.wait(10000, reached, 50), 'gd reaches the evidence in the corpus document')

client:stop()
check(vim.wait(5000, function() return client:is_stopped() end, 50), 'server stopped')
finish()
