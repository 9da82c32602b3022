#include <alsa/asoundlib.h>

/// alsa-lib writes its own complaints to stderr (a missing card, say); the kiosk reports them itself, in its
/// log, from the error codes. A variadic handler cannot be written in Swift, hence this.
static void kiosk_alsa_silent(const char *file, int line, const char *function, int err, const char *fmt, ...) {}

static inline void kiosk_alsa_quiet(void) { snd_lib_error_set_handler(kiosk_alsa_silent); }
