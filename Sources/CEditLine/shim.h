#ifndef TIENDA_CEDITLINE_SHIM_H
#define TIENDA_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>

// libedit is not linked: tienda loads it with dlopen only when it opens an
// interactive prompt, because loading it (with libtinfo, libbsd and libmd)
// costs about 0.7 ms at every start, half of what the sqlite3 CLI needs to
// start. Swift holds the function pointers; these wrappers exist because
// el_set() and history() are C-variadic (Swift cannot call them) and because
// Swift 6 refuses C globals such as stdin.

typedef char *(*tienda_prompt_fn)(EditLine *);
typedef unsigned char (*tienda_key_fn)(EditLine *, int);
typedef int (*tienda_el_set_fn)(EditLine *, int, ...);
typedef int (*tienda_history_fn)(History *, HistEvent *, int, ...);

// glibc: keep up to `bytes` of freed heap instead of giving it back to the
// kernel at every free (see main.swift). M_TRIM_THRESHOLD is a negative
// macro that Swift does not import.
#include <malloc.h>
static inline int tienda_keep_freed_heap(int bytes) { return mallopt(M_TRIM_THRESHOLD, bytes); }

static inline FILE *tienda_stdin(void) { return stdin; }
static inline FILE *tienda_stdout(void) { return stdout; }
static inline FILE *tienda_stderr(void) { return stderr; }

static inline int tienda_el_set_prompt(void *el_set, EditLine *el, tienda_prompt_fn fn) {
  return ((tienda_el_set_fn)el_set)(el, EL_PROMPT, fn);
}
static inline int tienda_el_set_editor(void *el_set, EditLine *el, const char *mode) {
  return ((tienda_el_set_fn)el_set)(el, EL_EDITOR, mode);
}
static inline int tienda_el_set_history(void *el_set, EditLine *el, void *history_fn,
                                        History *h) {
  return ((tienda_el_set_fn)el_set)(el, EL_HIST, history_fn, h);
}
static inline int tienda_el_add_function(void *el_set, EditLine *el, const char *name,
                                         const char *help, tienda_key_fn fn) {
  return ((tienda_el_set_fn)el_set)(el, EL_ADDFN, name, help, fn);
}
static inline int tienda_el_bind(void *el_set, EditLine *el, const char *key, const char *fn) {
  return ((tienda_el_set_fn)el_set)(el, EL_BIND, key, fn, (const char *)0);
}

static inline int tienda_history_setsize(void *history_fn, History *h, int size) {
  HistEvent ev;
  return ((tienda_history_fn)history_fn)(h, &ev, H_SETSIZE, size);
}
static inline int tienda_history_setunique(void *history_fn, History *h, int on) {
  HistEvent ev;
  return ((tienda_history_fn)history_fn)(h, &ev, H_SETUNIQUE, on);
}
static inline int tienda_history_enter(void *history_fn, History *h, const char *line) {
  HistEvent ev;
  return ((tienda_history_fn)history_fn)(h, &ev, H_ENTER, line);
}
static inline int tienda_history_load(void *history_fn, History *h, const char *file) {
  HistEvent ev;
  return ((tienda_history_fn)history_fn)(h, &ev, H_LOAD, file);
}
static inline int tienda_history_save(void *history_fn, History *h, const char *file) {
  HistEvent ev;
  return ((tienda_history_fn)history_fn)(h, &ev, H_SAVE, file);
}
#endif
