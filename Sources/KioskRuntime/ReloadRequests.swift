import Glibc

/// Where requests to reload the catalog now come from: the running kiosk's come from SIGUSR1 (`kiosk reload`).
public protocol ReloadRequests: AnyObject {
    /// Whether a reload was asked for since the last call.
    func take() -> Bool
}

/// SIGUSR1 as reload requests: `kiosk reload` finds the kiosk by its pid file. The flag a signal handler may
/// set is the one global left (a handler can reach nothing else); everything else asks this object.
public final class SignalReloadRequests: ReloadRequests {
    nonisolated(unsafe) private static var requested: sig_atomic_t = 0

    public init(pidFile: String) {
        if let file = fopen(pidFile, "w") {
            fputs("\(getpid())\n", file)
            fclose(file)
        }
        signal(SIGUSR1) { _ in SignalReloadRequests.requested = 1 }
    }

    public func take() -> Bool {
        defer { Self.requested = 0 }
        return Self.requested != 0
    }
}
