#ifndef GAZETTE_CLIBXML2_SHIM_H
#define GAZETTE_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, and <libxml/encoding.h> then includes ICU headers whose
 * enums clash with Foundation's private copy of ICU when both reach one Swift module. Gazette hands
 * libxml2 UTF-8 only and never touches encoding handlers, whose struct only gains trailing ICU
 * fields, so the ICU part of the headers is switched off here. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
