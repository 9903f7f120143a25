" Dossier for ALE: what the linters in ale_linters/ share.

" The project root: the folder of the nearest .dossier.json, else of the nearest .git, else the
" draft's own folder (ALE starts a language server only with a root).
function! dossier#ale#ProjectRoot(buffer) abort
    let l:configuration = ale#path#FindNearestFile(a:buffer, '.dossier.json')
    if !empty(l:configuration)
        return fnamemodify(l:configuration, ':h')
    endif
    let l:git = ale#path#FindNearestDirectory(a:buffer, '.git')
    if !empty(l:git)
        return fnamemodify(l:git, ':h:h')
    endif
    return expand('#' . a:buffer . ':p:h')
endfunction

" The linter for a filetype, with the LSP language id the server reads the draft as.
function! dossier#ale#Define(filetype, language) abort
    call ale#linter#Define(a:filetype, {
    \   'name': 'dossier',
    \   'lsp': 'stdio',
    \   'executable': {buffer -> ale#Var(buffer, 'dossier_executable')},
    \   'command': '%e lsp',
    \   'language': a:language,
    \   'project_root': function('dossier#ale#ProjectRoot'),
    \})
endfunction
