-- A headless Neovim (0.7 API) session against the trustlint language server.
-- Driven by tests/neovim.rs, which plants the files and checks the JSON this
-- script writes to $TRUSTLINT_RESULT. Assertions live in the Rust test; this
-- script records what the editor saw and did.

local server = os.getenv('TRUSTLINT_LSP_BIN')
local root = os.getenv('TRUSTLINT_WORKSPACE')
local result_path = os.getenv('TRUSTLINT_RESULT')
local result = {}

local function write_result()
  local file = assert(io.open(result_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function wait_for(what, condition)
  if not vim.wait(15000, condition, 20) then
    error('timed out waiting for ' .. what)
  end
end

-- What the editor shows for a buffer: 0-based lines, byte columns.
local function shown(bufnr)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(items, {
      code = d.code, source = d.source, severity = d.severity, message = d.message,
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    })
  end
  return items
end

-- Asks for the code actions on a line and applies the one whose title starts with `prefix`.
local function apply_action(client, bufnr, lnum, prefix)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = lnum, character = 0 }, ['end'] = { line = lnum + 1, character = 0 } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, lnum) },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local titles = {}
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if action.title:sub(1, #prefix) == prefix then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        return titles, true
      end
    end
  end
  return titles, false
end

local function session()
  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = 'trustlint',
    cmd = { server },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'project' } },
    on_exit = function(code) exit_code = code end,
  })
  assert(client_id, 'vim.lsp.start_client failed')
  local client = vim.lsp.get_client_by_id(client_id)

  local function open(relative)
    vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. relative))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(bufnr, client_id)
    return bufnr
  end
  local rust = open('src/keys.rs')
  local swift = open('Sources/App/Keys.swift')
  wait_for('diagnostics', function() return #shown(rust) > 0 and #shown(swift) > 0 end)
  result.offset_encoding = client.offset_encoding
  result.rust = shown(rust)
  result.swift = shown(swift)

  -- "Allow this finding" above the Rust key, then write the reason it asks for.
  local lnum = result.rust[1].lnum
  result.rust_actions, result.rust_allow_applied = apply_action(client, rust, lnum, 'Allow this finding')
  result.rust_allow_line = vim.api.nvim_buf_get_lines(rust, lnum, lnum + 1, true)[1]
  vim.api.nvim_buf_set_text(rust, lnum, #result.rust_allow_line, lnum, #result.rust_allow_line,
    { 'rotated test key, revoked' })
  wait_for('the allowed finding to go', function() return #shown(rust) == 0 end)
  result.rust_after_allow = shown(rust)

  -- The Swift key goes to Info.plist.
  lnum = result.swift[1].lnum
  result.swift_actions, result.swift_fix_applied = apply_action(client, swift, lnum, 'Read ')
  result.swift_fixed_line = vim.api.nvim_buf_get_lines(swift, lnum, lnum + 1, true)[1]
  wait_for('the fixed finding to go', function() return #shown(swift) == 0 end)

  vim.lsp.stop_client(client_id)
  wait_for('the server to exit', function() return exit_code ~= nil end)
  result.exit_code = exit_code
end

local ok, err = pcall(session)
result.ok = ok
if not ok then result.error = tostring(err) end
write_result()
vim.cmd('qall!')
