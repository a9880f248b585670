#include "CEncodingTables.h"
const uint16_t gazette_placeholder_table[1] = {0};
