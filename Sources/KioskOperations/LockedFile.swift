import Glibc

/// A file opened and held under flock until it is closed: the staff exit record's lock file and the ratings
/// outbox, which the kiosk and an operator's command (or the kiosk's retry) may touch at once, both go through
/// here, so that neither loses the other's change.
final class LockedFile {
    let descriptor: Int32
    private var open = true

    /// Opens `path` (`flags`, created with `mode` when `O_CREAT` is given) and takes the lock (`LOCK_SH` or
    /// `LOCK_EX`, waiting for it). Fails with the step and the system's reason.
    init(_ path: String, flags: Int32, mode: mode_t = 0o600, lock operation: Int32) throws(LockedFileFailure) {
        let descriptor = Glibc.open(path, flags | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw LockedFileFailure(step: "open", path: path, errno: errno) }
        guard flock(descriptor, operation) == 0 else {
            let number = errno
            Glibc.close(descriptor)
            throw LockedFileFailure(step: "lock", path: path, errno: number)
        }
        self.descriptor = descriptor
    }

    /// Closing the file lets the lock go (callers close it themselves: a `defer` says where the lock ends).
    func close() {
        guard open else { return }
        open = false
        Glibc.close(descriptor)
    }

    deinit { close() }
}

/// Why a file could not be opened or locked, as `open PATH: reason`.
struct LockedFileFailure: Error, CustomStringConvertible {
    let step: String
    let path: String
    let errno: Int32

    var reason: String { String(cString: strerror(errno)) }
    var description: String { "\(step) \(path): \(reason)" }
}
