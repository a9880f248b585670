#ifndef GAZETTE_CLIBDEFLATE_SHIM_H
#define GAZETTE_CLIBDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
