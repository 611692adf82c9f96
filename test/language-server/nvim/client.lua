-- Headless Neovim 0.7 as a real LSP client for the Plainspeak server.
-- Run: nvim --headless --clean -c "luafile client.lua" with PLAINSPEAK_SERVER, PLAINSPEAK_FILE
-- and PLAINSPEAK_DICTIONARY set. Prints one line per result for the test to assert on.
local server = os.getenv('PLAINSPEAK_SERVER')
local file = os.getenv('PLAINSPEAK_FILE')
local dictionary = os.getenv('PLAINSPEAK_DICTIONARY')

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function finish(code)
  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.cmd(code == 0 and 'qa!' or 'cq!')
end

local latest = nil
local client_id = vim.lsp.start_client({
  name = 'plainspeak',
  cmd = {'node', server, '--stdio'},
  root_dir = vim.fn.fnamemodify(file, ':h'),
  settings = {plainspeak = {dictionaries = {dictionary}}},
  init_options = {debounce = 50},
  flags = {debounce_text_changes = 20},
  -- Neovim 0.7 neither answers workspace/configuration nor pushes settings by itself.
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', {settings = client.config.settings})
  end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      latest = result
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
if not client_id then
  out('ERROR could not start the server')
  finish(1)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client_id)
local uri = vim.uri_from_bufnr(0)

local function find(code, actual, line)
  for _, diagnostic in ipairs(latest and latest.diagnostics or {}) do
    if diagnostic.code == code and diagnostic.data and diagnostic.data.actual == actual and (line == nil or diagnostic.range.start.line == line) then return diagnostic end
  end
end

-- 1. Diagnostics arrive.
if not vim.wait(30000, function() return find('jargon', 'utilise') ~= nil end, 20) then
  out('ERROR no diagnostics')
  finish(1)
end
for _, diagnostic in ipairs(latest.diagnostics) do
  local start = diagnostic.range.start
  out(string.format('DIAGNOSTIC %s %d:%d %s', diagnostic.code, start.line, start.character, diagnostic.data.actual))
end
out('NVIM DIAGNOSTICS ' .. #vim.diagnostic.get(0))

-- 2. A quick fix applies and its diagnostic goes away.
local target = find('jargon', 'utilise')
local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
  textDocument = {uri = uri},
  range = target.range,
  context = {diagnostics = {target}},
}, 10000)
local preferred
for _, response in pairs(responses or {}) do
  for _, action in ipairs(response.result or {}) do
    out('ACTION ' .. action.title)
    if action.isPreferred then preferred = action end
  end
end
if not preferred then
  out('ERROR no preferred action')
  finish(1)
end
local before = latest.version
vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
out('LINE ' .. vim.api.nvim_buf_get_lines(0, target.range.start.line, target.range.start.line + 1, false)[1])
if not vim.wait(30000, function() return latest.version ~= before and find('jargon', 'utilise', target.range.start.line) == nil end, 20) then
  out('ERROR the diagnostic stayed')
  finish(1)
end
out('FIXED version ' .. latest.version .. ', ' .. #latest.diagnostics .. ' diagnostics')

-- 3. Hover explains a finding.
local signpost = find('jargon', 'signpost')
local hovers = vim.lsp.buf_request_sync(0, 'textDocument/hover', {textDocument = {uri = uri}, position = signpost.range.start}, 10000)
for _, response in pairs(hovers or {}) do
  if response.result then
    for _, line in ipairs(vim.split(response.result.contents.value, '\n')) do
      if line ~= '' then out('HOVER ' .. line) end
    end
  end
end

-- 4. The fix-all code action (what `source.fixAll` on save asks for) applies the safe fixes only.
local fixes = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
  textDocument = {uri = uri},
  range = {start = {line = 0, character = 0}, ['end'] = {line = 0, character = 0}},
  context = {diagnostics = {}, only = {'source.fixAll.plainspeak'}},
}, 10000)
for _, response in pairs(fixes or {}) do
  for _, action in ipairs(response.result or {}) do
    out('FIXALL ' .. action.title)
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  end
end
for _, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do out('TEXT ' .. line) end

out('DONE')
finish(0)
