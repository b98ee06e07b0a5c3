-- trustlint for Neovim's built-in LSP client. Works with Neovim 0.7 and later;
-- put it in your config (e.g. ~/.config/nvim/plugin/trustlint.lua).
local function root_dir(path)
  local markers = { 'trustlint.toml', 'Cargo.toml', 'Package.swift', '.git' }
  local found = vim.fs and vim.fs.find and vim.fs.find(markers, { path = path, upward = true })[1]
  if found then return vim.fs.dirname(found) end
  return vim.fn.getcwd()
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'rust', 'swift' },
  callback = function(args)
    local root = root_dir(vim.api.nvim_buf_get_name(args.buf))
    local config = {
      name = 'trustlint',
      cmd = { 'trustlint', 'lsp' },
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    }
    if vim.lsp.start then
      vim.lsp.start(config, { bufnr = args.buf }) -- Neovim 0.8+: reuses a running client
    else
      -- Neovim 0.7: one client per root.
      _G.trustlint_clients = _G.trustlint_clients or {}
      local id = _G.trustlint_clients[root] or vim.lsp.start_client(config)
      _G.trustlint_clients[root] = id
      vim.lsp.buf_attach_client(args.buf, id)
    end
  end,
})
