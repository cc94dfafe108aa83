package org.cleartrade.deviceio.printer;

import java.io.ByteArrayOutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.PrinterStatus;

/**
 * The virtual printer's firmware: decodes the ESC/POS stream, answers {@code DLE EOT} in real
 * time, prints onto a {@link PaperRoll} at 203 dpi, and holds a scriptable {@link PrinterStatus}.
 *
 * <p>While the status says it cannot print (paper out, cover open, offline), print data is
 * dropped and counted, as the job would never come out of a real printer; real-time requests are
 * still answered. A refused command is logged, kept in {@link #refusals()}, and the rest of the
 * job is discarded up to the next {@code ESC @}. Optionally the paper runs out after a given
 * length, to script a fault in the middle of a job.
 *
 * <p>Thread-safe: every method is synchronized; listeners are called on the thread that fed the
 * bytes, outside no lock they could deadlock on (they must not call back into a printer).
 */
public final class EscPosEmulator {
    private static final Logger LOG = System.getLogger(EscPosEmulator.class.getName());

    /** Told about every receipt that is cut off the roll. */
    public interface CutListener {
        void receiptCut(MonoBitmap receipt);
    }

    private final PaperWidth paper;
    private final PaperRoll roll;
    private final EscPosRenderer renderer;
    private final EscPosDecoder decoder;
    private final List<CutListener> listeners = new CopyOnWriteArrayList<>();
    private final List<MonoBitmap> pendingCuts = new ArrayList<>();
    private final List<EscPosProtocolException> refusals = new ArrayList<>();
    private final ByteArrayOutputStream answers = new ByteArrayOutputStream();

    private PrinterStatus status = PrinterStatus.READY;
    private long paperLeftRows = Long.MAX_VALUE;
    private long droppedCommands;

    public EscPosEmulator(PaperWidth paper) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.roll = new PaperRoll(paper);
        this.renderer = new EscPosRenderer(roll, new PrinterFont(), pendingCuts::add);
        this.decoder = new EscPosDecoder(new EscPosDecoder.Sink() {
            @Override
            public void command(EscPosCommand command) {
                execute(command);
            }

            @Override
            public void refused(EscPosProtocolException error) {
                refuse(error);
            }
        });
    }

    public PaperWidth paper() {
        return paper;
    }

    public void addListener(CutListener listener) {
        listeners.add(listener);
    }

    public void removeListener(CutListener listener) {
        listeners.remove(listener);
    }

    /** Receives bytes from the host and returns the real-time answers they asked for. */
    public byte[] receive(byte[] bytes, int off, int len) {
        List<MonoBitmap> cuts;
        byte[] reply;
        synchronized (this) {
            decoder.feed(bytes, off, len);
            reply = answers.toByteArray();
            answers.reset();
            cuts = List.copyOf(pendingCuts);
            pendingCuts.clear();
        }
        cuts.forEach(receipt -> listeners.forEach(l -> l.receiptCut(receipt)));
        return reply;
    }

    public byte[] receive(byte[] bytes) {
        return receive(bytes, 0, bytes.length);
    }

    /** The host closed the connection: a command cut short is refused as truncated. */
    public synchronized void endOfStream() {
        decoder.finish();
    }

    public synchronized PrinterStatus status() {
        return status;
    }

    /** Scripts the status, e.g. cover open or paper out; the paper sensor follows. */
    public synchronized void setStatus(PrinterStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        if (!status.paperOut()) {
            paperLeftRows = Long.MAX_VALUE;
        }
    }

    /** Scripts the paper to run out after this many more dot rows (8 rows per mm). */
    public synchronized void runOutOfPaperAfter(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, was " + rows);
        }
        paperLeftRows = roll.totalRows() + rows;
    }

    /** Commands dropped because the printer could not print when they arrived. */
    public synchronized long droppedCommands() {
        return droppedCommands;
    }

    public synchronized List<EscPosProtocolException> refusals() {
        return List.copyOf(refusals);
    }

    /** The paper printed since the last cut, still hanging out of the printer. */
    public synchronized MonoBitmap uncutPaper() {
        return roll.uncut();
    }

    private void execute(EscPosCommand command) {
        if (command instanceof EscPosCommand.StatusRequest request) {
            answers.write(DleEotStatus.answer(status, request.function()));
            return;
        }
        if (!status.canPrint()) {
            droppedCommands++;
            return;
        }
        try {
            renderer.apply(command);
        } catch (EscPosProtocolException e) {
            refuse(e);
        }
        if (roll.totalRows() >= paperLeftRows) {
            status = new PrinterStatus(status.online(), true, false, status.coverOpen());
            LOG.log(Level.WARNING, "virtual printer: paper ran out");
        }
    }

    private void refuse(EscPosProtocolException error) {
        refusals.add(error);
        LOG.log(Level.WARNING, "virtual printer refused the stream: {0}", error.getMessage());
    }
}
