import Glibc
import KioskTerminal

/// What the operating system asks of the running kiosk: reload the catalog now (SIGUSR1, from `kiosk reload`),
/// or stop (SIGTERM from systemd or kill, SIGHUP when the terminal goes).
public protocol ReloadRequests: AnyObject {
    /// Whether a reload was asked for since the last call.
    func take() -> Bool
    /// The signal that asked the kiosk to stop, if one did.
    func stopRequest() -> Int32?
}

extension ReloadRequests {
    public func stopRequest() -> Int32? { nil }
}

/// Signals as requests. The flags a signal handler may set are the one global left (a handler can reach
/// nothing else); everything else asks this object. A stop signal ends the loop on its next turn (within a
/// second), so the kiosk stops the way it does for staff: the log's "stop" line, the pid file removed, the
/// terminal restored. A second one while the first waits (a loop that does not turn) is handled as before
/// this object: the terminal restored, then the process ends by the signal.
public final class SignalReloadRequests: ReloadRequests {
    nonisolated(unsafe) private static var requested: sig_atomic_t = 0
    nonisolated(unsafe) private static var stop: sig_atomic_t = 0

    public init() {
        signal(SIGUSR1) { _ in SignalReloadRequests.requested = 1 }
        SignalLayers.install(.stopRequests, [SIGTERM, SIGHUP]) { number in
            guard SignalReloadRequests.stop != 0 else {
                SignalReloadRequests.stop = number
                return
            }
            SignalLayers.handOn(number, from: .stopRequests)
        }
    }

    public func take() -> Bool {
        defer { Self.requested = 0 }
        return Self.requested != 0
    }

    public func stopRequest() -> Int32? {
        Self.stop == 0 ? nil : Self.stop
    }
}
