" Headless Vim test of Dossier through ALE, configured by the block of editors/vim/README.md marked
" "tested" exactly as written (test/run.sh puts it in the vimrc, after ALE). Writes its checks
" to $DOSSIER_TEST_LOG and quits with status 0 when all pass, 1 otherwise.
let s:failures = 0
let s:log = []
function! s:Check(ok, what) abort
    call add(s:log, (a:ok ? 'ok   ' : 'FAIL ') . a:what)
    if !a:ok | let s:failures += 1 | endif
endfunction
function! s:Finish() abort
    call add(s:log, s:failures == 0 ? 'vim test: all checks passed' : printf('vim test: %d failed', s:failures))
    call writefile(s:log, $DOSSIER_TEST_LOG)
    execute s:failures == 0 ? 'qall!' : 'cquit!'
endfunction
function! s:Wait(condition, seconds) abort
    let l:waited = 0
    while !eval(a:condition) && l:waited < a:seconds * 10
        sleep 100m
        let l:waited += 1
    endwhile
    return eval(a:condition)
endfunction

" (The vimrc sourced the block after ALE, as a user's vimrc would.)
call s:Check(stridx(&runtimepath, 'editors/vim') >= 0 && get(g:ale_linters, 'text', []) ==# ['dossier'],
\   'the README block vim-ale ran')
execute 'edit ' . fnameescape($DOSSIER_DRAFT)
call s:Check(&filetype is# 'markdown', 'the draft is markdown (' . &filetype . ')')

" Diagnostics: six findings of 01-briefing-memo.md, a fact-conflict on line 19.
call s:Check(s:Wait('len(ale#engine#GetLoclist(bufnr("")))>=6', 30), 'diagnostics arrived')
let s:lines = map(filter(copy(ale#engine#GetLoclist(bufnr(''))), 'v:val.linter_name is# "dossier"'), 'v:val.lnum')
call s:Check(index(s:lines, 19) >= 0, 'line 19 has a finding (lines ' . string(s:lines) . ')')

" Hover on "Executive Order 13382" (line 13), through ALE's connection to the server.
let s:uri = ale#util#ToURI(expand('%:p'))
let s:hover = v:null
function! s:OnHover(response) abort
    let s:hover = a:response
endfunction
call ale#lsp_linter#SendRequest(bufnr(''), 'dossier',
\   [0, 'textDocument/hover', {'textDocument': {'uri': s:uri}, 'position': {'line': 12, 'character': 25}}],
\   function('s:OnHover'))
call s:Wait('s:hover isnot v:null', 10)
let s:text = type(s:hover) is v:t_dict ? string(get(s:hover, 'result', {})) : ''
call s:Check(stridx(s:text, 'Executive Order 13382') >= 0, 'hover names Executive Order 13382')
call s:Check(stridx(s:text, '000_3a5685f57547a5d7.txt:8') >= 0, 'hover cites the evidence')

" The quick fix for 1999 on line 19, applied by ALE.
let s:column = stridx(getline(19), '1999') + 1
let s:actions = v:null
function! s:OnActions(response) abort
    let s:actions = a:response
endfunction
let s:here = {'line': 18, 'character': s:column}
call ale#lsp_linter#SendRequest(bufnr(''), 'dossier',
\   [0, 'textDocument/codeAction', {'textDocument': {'uri': s:uri}, 'range': {'start': s:here, 'end': s:here},
\    'context': {'diagnostics': []}}],
\   function('s:OnActions'))
call s:Wait('s:actions isnot v:null', 10)
let s:fix = v:null
for s:action in (type(s:actions) is v:t_dict ? get(s:actions, 'result', []) : [])
    if get(s:action, 'title', '') is# 'Replace with 1998' | let s:fix = s:action | endif
endfor
call s:Check(s:fix isnot v:null, 'a quick fix replaces 1999 with 1998')
if s:fix isnot v:null
    call ale#code_action#HandleCodeAction(
    \   {'description': 'fix', 'changes': ale#code_action#BuildChangesList(ale#code_action#GetChanges(s:fix.edit))}, {})
    call s:Check(stridx(getline(19), 'nuclear power in 1998') >= 0, 'the fix changed the buffer to 1998')
endif
call s:Finish()
