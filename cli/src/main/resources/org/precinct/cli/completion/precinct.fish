# fish completion for precinct. Load it in the current shell with:
#   precinct completion fish | source
# or save it as ~/.config/fish/completions/precinct.fish. On every TAB it asks precinct itself
# for the candidates (`precinct __complete -- WORD...`), so scenario and intervention ids are current.
function __precinct_complete
    set -l tokens (commandline -opc)
    set -l program $tokens[1]
    set -e tokens[1]
    set -l current (commandline -ct)
    for line in ($program __complete -- $tokens "$current" 2>/dev/null)
        if test "$line" = ":files"
            __fish_complete_path "$current"
        else
            echo $line
        end
    end
end
complete -c precinct -f -a '(__precinct_complete)'
