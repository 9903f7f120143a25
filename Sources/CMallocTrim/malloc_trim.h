// glibc's `malloc_trim` (`<malloc.h>`), which the Glibc module leaves out: building a corpus
// index hands memory back to the system as it goes. Declarations only.
#include <malloc.h>
