#ifndef XBORDER_CPCRE2_SHIM_H
#define XBORDER_CPCRE2_SHIM_H
// PCRE2 needs the code unit width before the header; xborder matches UTF-8 bytes only.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
