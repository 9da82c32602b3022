#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600: without this no wide function (get_wch, setcchar) imports.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// glibc hides wcwidth behind feature macros SwiftPM does not pass.
extern int wcwidth(wchar_t);

// Swift 6 refuses these C globals as not concurrency-safe, and cannot import the macros: one getter each.
static inline WINDOW *kiosk_stdscr(void) { return stdscr; }
static inline int kiosk_lines(void) { return LINES; }
static inline int kiosk_cols(void) { return COLS; }
static inline int kiosk_colors(void) { return COLORS; }
static inline void kiosk_set_escdelay(int ms) { set_escdelay(ms); }
static inline attr_t kiosk_a_bold(void) { return A_BOLD; }
static inline attr_t kiosk_a_reverse(void) { return A_REVERSE; }
static inline attr_t kiosk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kiosk_a_normal(void) { return A_NORMAL; }
static inline attr_t kiosk_color_pair(int n) { return COLOR_PAIR(n); }
static inline mmask_t kiosk_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t kiosk_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t kiosk_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t kiosk_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t kiosk_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t kiosk_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int kiosk_key_f(int n) { return KEY_F(n); }
// The terminfo string a mouse report starts with, or NULL (tigetstr answers (char *)-1 for "not a string").
static inline const char *kiosk_kmous(void) {
    const char *value = tigetstr("kmous");
    return value == (const char *)-1 ? 0 : value;
}
#endif
