#compdef precinct
# zsh completion for precinct. Load it in the current shell (after compinit) with:
#   source <(precinct completion zsh)
# or save it as _precinct in a folder of $fpath. On every TAB it asks precinct itself for the
# candidates (`precinct __complete -- WORD...`), so scenario and intervention ids are current.
_precinct() {
  local -a candidates
  local line files=0
  for line in "${(@f)$("${words[1]}" __complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)}"; do
    if [[ "$line" == ":files" ]]; then
      files=1
    elif [[ -n "$line" ]]; then
      candidates+=("$line")
    fi
  done
  (( ${#candidates} )) && compadd -Q -- "${candidates[@]}"
  (( files )) && _files
  return 0
}
if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _precinct "$@"
else
  compdef _precinct precinct
fi
