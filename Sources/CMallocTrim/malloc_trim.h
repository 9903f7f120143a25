// glibc's `malloc_trim` (`<malloc.h>`), which the Glibc module leaves out: the language server
// hands memory back to the system after a corpus build's peak. Declarations only.
#include <malloc.h>
