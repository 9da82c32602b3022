import Glibc

/// Signal handlers stacked in layers: each layer's handler does its part, then hands the signal on to whatever
/// was installed before it (the layer below, the Swift runtime's backtrace, the default action). The kiosk has
/// three: the terminal's restore, the pid file's removal, the stop requests of the run loop. A handler can
/// capture nothing, so what each layer replaced is kept here, written once before any signal is caught.
public enum SignalLayers {
    public enum Layer: Int, Sendable {
        case terminal, pidFile, stopRequests
    }

    nonisolated(unsafe) private static var previous: [Layer: [Int32: sigaction]] = [:]

    /// Installs `handler` for `numbers` on top of what is there now.
    public static func install(_ layer: Layer, _ numbers: [Int32], _ handler: @convention(c) (Int32) -> Void) {
        for number in numbers {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(number, &action, &old)
            previous[layer, default: [:]][number] = old
        }
    }

    /// Puts back what `layer` replaced for `number` and raises it again: the process goes on as it would have
    /// without this layer.
    public static func handOn(_ number: Int32, from layer: Layer) {
        if var before = previous[layer]?[number] {
            sigaction(number, &before, nil)
        } else {
            signal(number, SIG_DFL)
        }
        raise(number)
    }

    /// As `handOn`, for the lowest of the kiosk's layers, whose signals must end the process: what was there
    /// before runs at once (the signal unblocked and raised within this handler), and if the process is still
    /// alive after it the default action ends it. The runtime's backtrace handler returns, expecting a real
    /// fault to fault again; a crash signal sent by `kill` would otherwise leave the kiosk running, its
    /// terminal given back and its pid file gone.
    public static func handOnAndEnd(_ number: Int32, from layer: Layer) {
        if var before = previous[layer]?[number] {
            sigaction(number, &before, nil)
        } else {
            signal(number, SIG_DFL)
        }
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, number)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(number)
        signal(number, SIG_DFL)
        raise(number)
    }
}
