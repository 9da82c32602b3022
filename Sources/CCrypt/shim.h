#ifndef CCRYPT_SHIM_H
#define CCRYPT_SHIM_H
// libxcrypt: the password hashing of /etc/shadow (yescrypt by default), for the staff PIN.
#include <crypt.h>
#include <stdlib.h>
#include <string.h>

// Hashes `phrase` with a fresh random salt and the library's default method; 0 on success.
static inline int kiosk_crypt_hash(const char *phrase, char *out, int size) {
    char *setting = crypt_gensalt_ra(NULL, 0, NULL, 0);
    if (!setting) return -1;
    struct crypt_data *data = calloc(1, sizeof(struct crypt_data));
    if (!data) { free(setting); return -1; }
    char *hash = crypt_r(phrase, setting, data);
    free(setting);
    int ok = hash && hash[0] != '*' && (int)strlen(hash) < size;
    if (ok) strcpy(out, hash);
    free(data);
    return ok ? 0 : -1;
}

// 1 when `phrase` hashes to `hash` (compared in constant time), else 0.
static inline int kiosk_crypt_check(const char *phrase, const char *hash) {
    struct crypt_data *data = calloc(1, sizeof(struct crypt_data));
    if (!data) return 0;
    char *again = crypt_r(phrase, hash, data);
    int same = 0;
    if (again && again[0] != '*') {
        size_t n = strlen(hash);
        if (strlen(again) == n) {
            unsigned char diff = 0;
            for (size_t i = 0; i < n; i++) diff |= (unsigned char)(again[i] ^ hash[i]);
            same = diff == 0;
        }
    }
    free(data);
    return same;
}
#endif
