;;; headless-test.el --- Dossier through Emacs, configured as editors/emacs/README.md says  -*- lexical-binding: t; -*-
;; Run by editors/emacs/test/run.sh in batch mode, with `dossier' on PATH. DOSSIER_SNIPPET names the
;; README block to run exactly as written (emacs-eglot or emacs-lsp-mode); DOSSIER_NO_MARKDOWN_MODE
;; set makes markdown-mode unavailable first. Exits 0 when every check passes, 1 otherwise.

(require 'seq)
(defvar dossier-test-failures 0)

(defun dossier-test-check (ok what)
  (princ (format "%s %s\n" (if ok "ok  " "FAIL") what))
  (unless ok (setq dossier-test-failures (1+ dossier-test-failures))))

(defun dossier-test-finish ()
  (princ (if (= dossier-test-failures 0) "emacs test: all checks passed\n"
           (format "emacs test: %d failed\n" dossier-test-failures)))
  (kill-emacs (if (= dossier-test-failures 0) 0 1)))

(defun dossier-test-wait (predicate seconds)
  "Wait up to SECONDS for PREDICATE, reading the server's output meanwhile."
  (let ((end (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) end))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun dossier-test-get (object key)
  "KEY (:name) of a JSON object as the client decoded it: a plist (eglot), or a hash table (lsp-mode)."
  (if (hash-table-p object) (gethash (substring (symbol-name key) 1) object) (plist-get object key)))

(defun dossier-test-goto (line column)
  (goto-char (point-min))
  (forward-line (1- line))
  (move-to-column column))

(let* ((repository (getenv "DOSSIER_REPOSITORY"))
       (snippet (getenv "DOSSIER_SNIPPET"))
       (draft (getenv "DOSSIER_DRAFT"))
       (readme (with-temp-buffer
                 (insert-file-contents (expand-file-name "editors/emacs/README.md" repository))
                 (buffer-string)))
       (marker (string-search (format "<!-- tested: %s " snippet) readme))
       (start (and marker (string-search "```elisp\n" readme marker)))
       (end (and start (string-search "\n```" readme (+ start 9))))
       (code (and end (substring readme (+ start 9) end)))
       (eglot (string= snippet "emacs-eglot")))
  (unless code
    (princ (format "no elisp block marked %s in editors/emacs/README.md\n" snippet))
    (kill-emacs 1))
  ;; Installed packages are activated, as in an interactive Emacs (batch mode does not).
  (package-initialize)
  (when (getenv "DOSSIER_NO_MARKDOWN_MODE")
    ;; As on an Emacs where markdown-mode was never installed.
    (setq load-path (seq-remove (lambda (path) (string-match-p "markdown-mode" path)) load-path))
    (setq auto-mode-alist (seq-remove (lambda (entry) (memq (cdr entry) '(markdown-mode gfm-mode))) auto-mode-alist))
    (fmakunbound 'markdown-mode)
    (fmakunbound 'gfm-mode))
  (eval (car (read-from-string (concat "(progn " code "\n)"))) t)
  (dossier-test-check t (format "the README block %s ran" snippet))
  (unless eglot
    ;; lsp-mode asks which project a file belongs to; the draft's folder is one.
    (lsp-workspace-folders-add (file-name-directory draft)))

  (find-file draft)
  (let ((expected (if (getenv "DOSSIER_NO_MARKDOWN_MODE") 'text-mode 'markdown-mode)))
    (dossier-test-check (eq major-mode expected) (format "the draft opens in %s (%s expected)" major-mode expected)))
  ;; eglot-ensure connects after the command that visited the file, lsp-deferred once Emacs is
  ;; idle: as the command loop would, run the hook and the idle timers.
  (run-hooks 'post-command-hook)
  (dolist (timer (copy-sequence timer-idle-list)) (timer-event-handler timer))
  (dossier-test-check
   (dossier-test-wait (lambda () (if eglot (eglot-current-server) (bound-and-true-p lsp-mode))) 20)
   "the server is connected")

  ;; Diagnostics: a fact-conflict on line 19 of 01-briefing-memo.md, among others.
  (let ((lines nil))
    (dossier-test-check
     (dossier-test-wait
      (lambda ()
        (setq lines
              (if eglot
                  (progn (flymake-start)
                         (mapcar (lambda (d) (line-number-at-pos (flymake-diagnostic-beg d))) (flymake-diagnostics)))
                (let ((found (gethash (lsp--fix-path-casing buffer-file-name) (lsp-diagnostics t))))
                  (mapcar (lambda (d) (1+ (lsp:position-line (lsp:range-start (lsp:diagnostic-range d))))) found))))
        (>= (length lines) 6))
      30)
     (format "diagnostics arrived (lines %s)" (sort (copy-sequence lines) #'<)))
    (dossier-test-check (memq 19 lines) "line 19 has a finding"))

  ;; Hover on "Executive Order 13382" (line 13).
  (dossier-test-goto 13 25)
  (let* ((hover (if eglot
                    (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))
                  (lsp-request "textDocument/hover" (lsp--text-document-position-params))))
         (contents (dossier-test-get hover :contents))
         (text (if (stringp contents) contents (dossier-test-get contents :value))))
    (dossier-test-check (and text (string-search "Executive Order 13382" text)) "hover names Executive Order 13382")
    (dossier-test-check (and text (string-search "000_3a5685f57547a5d7.txt:8" text)) "hover cites the evidence"))

  ;; The quick fix for 1999 on line 19, applied to the buffer.
  (dossier-test-goto 19 0)
  (search-forward "1999")
  (backward-char 2)
  (let* ((here (if eglot (eglot--pos-to-lsp-position) (lsp--cur-position)))
         (params (list :textDocument (if eglot (eglot--TextDocumentIdentifier) (lsp--text-document-identifier))
                       :range (list :start here :end here)
                       :context (list :diagnostics [])))
         (actions (append (if eglot
                              (jsonrpc-request (eglot-current-server) :textDocument/codeAction params)
                            (lsp-request "textDocument/codeAction" params))
                          nil))
         (fix (seq-find (lambda (action) (equal (dossier-test-get action :title) "Replace with 1998")) actions)))
    (dossier-test-check fix "a quick fix replaces 1999 with 1998")
    (when fix
      (if eglot
          (eglot--apply-workspace-edit (dossier-test-get fix :edit))
        (lsp-execute-code-action fix))
      (dossier-test-goto 19 0)
      (dossier-test-check (string-search "nuclear power in 1998" (thing-at-point 'line t))
                          "the fix changed the buffer to 1998")))
  (dossier-test-finish))
