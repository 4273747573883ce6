#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry for programs that have their own main (SwiftPM renames an executable target's entry
// point, so libFuzzer's main cannot be used): runs the fuzzer with the command-line flags on `callback`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
