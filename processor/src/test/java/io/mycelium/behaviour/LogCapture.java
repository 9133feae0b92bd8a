package io.mycelium.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures what the runtime logs through System.Logger (backed by java.util.logging) under a name. */
final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();

    LogCapture(String loggerName) {
        logger = Logger.getLogger(loggerName);
        logger.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    synchronized List<LogRecord> records(Level atLeast) {
        return records.stream().filter(r -> r.getLevel().intValue() >= atLeast.intValue()).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
