#ifndef TIENDA_CEDITLINE_SHIM_H
#define TIENDA_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>

// el_set() and history() are C-variadic and Swift cannot call them, and Swift 6
// refuses C globals such as stdin: each operation tienda needs is wrapped here.

typedef char *(*tienda_prompt_fn)(EditLine *);
typedef unsigned char (*tienda_key_fn)(EditLine *, int);

static inline FILE *tienda_stdin(void) { return stdin; }
static inline FILE *tienda_stdout(void) { return stdout; }
static inline FILE *tienda_stderr(void) { return stderr; }

static inline int tienda_el_set_prompt(EditLine *el, tienda_prompt_fn fn) {
  return el_set(el, EL_PROMPT, fn);
}
static inline int tienda_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int tienda_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int tienda_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}
static inline int tienda_el_add_function(EditLine *el, const char *name, const char *help,
                                         tienda_key_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int tienda_el_bind(EditLine *el, const char *key, const char *fn) {
  return el_set(el, EL_BIND, key, fn, (const char *)0);
}
static inline int tienda_el_source(EditLine *el) { return el_source(el, (const char *)0); }

static inline int tienda_history_setsize(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
static inline int tienda_history_setunique(History *h, int on) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, on);
}
static inline int tienda_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
static inline int tienda_history_load(History *h, const char *file) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, file);
}
static inline int tienda_history_save(History *h, const char *file) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, file);
}
#endif
