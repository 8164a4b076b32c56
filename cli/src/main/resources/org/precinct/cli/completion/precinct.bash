#!/usr/bin/env bash
# bash completion for precinct. Load it in the current shell with:
#   source <(precinct completion)
# or save it as /etc/bash_completion.d/precinct. On every TAB it asks precinct itself for the
# candidates (`precinct __complete -- WORD...`), so scenario and intervention ids are current.
_precinct() {
  local cur="${COMP_WORDS[COMP_CWORD]}"
  local line
  local IFS=$'\n'
  COMPREPLY=()
  for line in $("${COMP_WORDS[0]}" __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null); do
    if [[ "$line" == ":files" ]]; then
      COMPREPLY+=($(compgen -f -- "$cur"))
    else
      COMPREPLY+=("$line")
    fi
  done
}
complete -o filenames -o bashdefault -F _precinct precinct
