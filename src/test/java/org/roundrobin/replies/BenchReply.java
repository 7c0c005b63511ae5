package org.roundrobin.replies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For bench/classify.sh (not a test): writes a 20-page PDF reply, a long police letter, to the path given. */
public final class BenchReply {

    public static void main(String[] args) throws IOException {
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String letter = Corpus.resource("corpus/01-cambridgeshire-iot-ncnd.txt") + "\n\n"
                + Corpus.resource("corpus/09-northumbria-ncnd-covert.txt") + "\n\n"
                + Corpus.resource("corpus/17-lancashire-qa-mixed.txt");
        Files.write(Path.of(args[0]), ReplyFiles.pdfOfPages(letter, pages));
    }
}
