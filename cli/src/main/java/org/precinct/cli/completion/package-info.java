/**
 * Shell completion: the scripts {@code precinct completion bash|zsh|fish} prints, and the hidden
 * {@code __complete} command they call on every TAB so candidates come from the live command model
 * and the scenario named on the line (bundled ids, files, intervention ids).
 */
package org.precinct.cli.completion;
