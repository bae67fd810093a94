package io.canonym.name;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A binary image of a built {@link NameIndex}: what the index derived from the stored spellings (token dictionary,
 * keys and their postings, the spellings' encoded readings), so that an instance can start without normalising
 * millions of spellings again. Plain Java, no framework: the service decides where snapshots are kept.
 * <p>
 * A snapshot is only as good as the code that derived it: the normaliser, the phonetic keys, the given-name groups
 * and their data files decide every key. So a snapshot carries the {@link #fingerprint() fingerprint} of the name
 * core that wrote it, and {@link #read} refuses one with another fingerprint: the caller then rebuilds from the rows.
 * Nothing in a snapshot is configuration or state beyond what the rows determine, so a refused snapshot loses
 * nothing.
 */
public final class NameIndexSnapshot {

    /** Bump when the layout written by {@code NameIndex.writeState} changes. */
    static final int FORMAT = 1;
    private static final byte[] MAGIC = "CANONYM-NAME-INDEX".getBytes(StandardCharsets.US_ASCII);
    /**
     * Spellings in every script and convention the core handles: how the core reads them is part of the
     * fingerprint, so that a change of behaviour is seen even where the core's class files cannot be read (native
     * image).
     */
    private static final String[] PROBES = {
        "Muammar al-Gaddafi", "Moammar Khadafy", "Муаммар Каддафи", "معمر القذافي", "Abu Bakr al-Baghdadi",
        "Abdul Rahman bin Hassan", "Kim Jong-un", "김정은", "Kim Jŏng Ŭn", "Xi Jinping", "习近平", "毛泽东",
        "Vladimir Vladimirovich Putin", "Владимир Путин", "Volodymyr Zelenskyy", "Володимир Зеленський",
        "Alexandros Tsipras", "Αλέξης Τσίπρας", "Benjamin Netanyahu", "בנימין נתניהו", "Narendra Modi",
        "नरेन्द्र मोदी", "Recep Tayyip Erdoğan", "Lech Wałęsa", "Gerhard Schröder", "José Luis Rodríguez Zapatero",
        "Ludwig van Beethoven", "Charles de Gaulle", "Dr. Martin Luther King Jr.", "O'Brien, Conor", "McDonald",
        "Sayyed Hassan Nasrallah", "Mullah Mohammed Omar", "Ayman al-Zawahiri", "Khaled Sharrouf",
        "Shinzo Abe", "安倍晋三", "Nguyễn Tấn Dũng", "Yevgeny Prigozhin", "Ramzan Kadyrov", "Aldabbas", "Fakhrzadeh",
        "J. R. R. Tolkien", "Bob", "Robert", "Mohammed", "Muhammad", "Jung Hyunsoo", "Wang Jun", "Shaleesh",
    };

    private static volatile String fingerprint;
    /**
     * The normaliser that read the probes, handed on to the index a snapshot is read into: building one (ICU
     * transliterators) costs about a second of CPU at start-up. Thread-safe, as every index's normaliser is.
     */
    private static volatile NameNormalizer probeNormalizer;

    private NameIndexSnapshot() {
    }

    /**
     * Identifies the name core that derives an index from spellings: this format, the core's class files and data
     * files where they can be read, and how the core reads a fixed set of probe spellings. Two builds with the same
     * fingerprint derive the same index from the same rows.
     */
    public static String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            synchronized (NameIndexSnapshot.class) { // computed once, even when a warm-up thread started it
                known = fingerprint;
                if (known == null) {
                    known = computeFingerprint();
                    fingerprint = known;
                }
            }
        }
        return known;
    }

    /** Writes {@code index} (a consistent state, under its read lock) with this core's fingerprint. */
    public static void write(NameIndex index, OutputStream target) throws IOException {
        Out out = new Out(target);
        out.bytes(MAGIC);
        out.putInt(FORMAT);
        out.putString(fingerprint());
        index.writeState(out);
        out.bytes(MAGIC);
        out.flush();
    }

    /**
     * Reads a snapshot written by {@link #write} into a new index. Throws {@link Mismatch} when it was written by
     * another name core (or format), {@link IOException} when it is truncated or corrupt.
     */
    public static NameIndex read(InputStream source) throws IOException {
        fingerprint();
        NameNormalizer normalizer = probeNormalizer;
        return read(source, normalizer != null ? normalizer : new NameNormalizer(), GivenNameEquivalents.standard());
    }

    static NameIndex read(InputStream source, NameNormalizer normalizer, GivenNameEquivalents equivalents) throws IOException {
        In in = new In(source);
        expectMagic(in);
        int format = in.getInt();
        String written = in.getString();
        if (format != FORMAT || !written.equals(fingerprint())) {
            throw new Mismatch("snapshot of another name core (format " + format + ", " + written + "; this one: format "
                    + FORMAT + ", " + fingerprint() + ")");
        }
        NameIndex index = new NameIndex(normalizer, equivalents);
        index.readState(in);
        expectMagic(in);
        return index;
    }

    private static void expectMagic(In in) throws IOException {
        for (byte b : MAGIC) {
            if (in.get() != b) {
                throw new IOException("not a name index snapshot, or a truncated one");
            }
        }
    }

    /** The snapshot was written by another name core; rebuild from the rows instead. */
    public static final class Mismatch extends IOException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message);
        }
    }

    // ---- fingerprint ----

    private static String computeFingerprint() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(("format " + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
        TreeMap<String, byte[]> files = coreFiles();
        for (var file : files.entrySet()) {
            sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(file.getValue());
        }
        sha.update(probeReadings().getBytes(StandardCharsets.UTF_8));
        return "core-" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "-files" + files.size();
    }

    /** How the core reads the probes: readings, words, phonetic forms, skeletons and given-name groups. */
    static String probeReadings() {
        NameNormalizer normalizer = new NameNormalizer();
        probeNormalizer = normalizer;
        GivenNameEquivalents equivalents = GivenNameEquivalents.standard();
        StringBuilder out = new StringBuilder();
        for (String probe : PROBES) {
            out.append(probe).append('\n');
            for (NameReading reading : normalizer.normalize(probe).readings()) {
                out.append(' ').append(reading.how()).append(':');
                for (NameToken token : reading.tokens()) {
                    TokenProfile profile = new TokenProfile(token.text(), equivalents);
                    out.append(' ').append(token.text()).append(token.surname() ? "*" : "")
                            .append(List.of(profile.keys().fineForms())).append(List.of(profile.keys().skeletons()))
                            .append(java.util.Arrays.toString(profile.groups()))
                            .append(ArabicCompounds.withoutArticle(token.text()));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The class files of this package and the data files under {@code names/}, by name, from the jar or directory
     * they were loaded from. Empty where that cannot be read (a native image): the probes stand in for them there.
     */
    private static TreeMap<String, byte[]> coreFiles() {
        TreeMap<String, byte[]> files = new TreeMap<>();
        String packagePath = NameIndex.class.getPackageName().replace('.', '/') + "/";
        try {
            URL self = NameIndex.class.getResource("NameIndex.class");
            if (self == null) {
                return files;
            }
            if ("jar".equals(self.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) self.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = new JarFile(new File(connection.getJarFileURL().toURI()))) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        String name = entry.getName();
                        if (!entry.isDirectory() && (inPackage(name, packagePath) || name.startsWith("names/"))) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(name, in.readAllBytes());
                            }
                        }
                    }
                }
            } else if ("file".equals(self.getProtocol())) {
                Path classDir = Path.of(self.toURI()).getParent();
                Path root = classDir;
                for (int i = 0; i < packagePath.split("/").length; i++) {
                    root = root.getParent();
                }
                addFiles(files, root, classDir, false);
                addFiles(files, root, root.resolve("names"), true);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            files.clear(); // all or nothing: the probes still tell cores apart
        }
        return files;
    }

    private static boolean inPackage(String name, String packagePath) {
        return name.startsWith(packagePath) && name.endsWith(".class") && name.indexOf('/', packagePath.length()) < 0;
    }

    private static void addFiles(TreeMap<String, byte[]> files, Path root, Path dir, boolean any) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                if (Files.isRegularFile(file) && (any || file.getFileName().toString().endsWith(".class"))) {
                    files.put(root.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
                }
            }
        }
    }

    // ---- binary encoding: big-endian, through a buffer of our own (DataOutputStream's per-call locking is slow) ----

    /** Buffered big-endian output. */
    static final class Out {
        private final OutputStream target;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        Out(OutputStream target) {
            this.target = target;
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                drain();
            }
        }

        private void drain() throws IOException {
            target.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }

        void bytes(byte[] bytes) throws IOException {
            if (bytes.length > buffer.capacity() / 2) {
                drain();
                target.write(bytes);
                return;
            }
            room(bytes.length);
            buffer.put(bytes);
        }

        void putInt(int v) throws IOException {
            room(4);
            buffer.putInt(v);
        }

        void putLong(long v) throws IOException {
            room(8);
            buffer.putLong(v);
        }

        void putShort(short v) throws IOException {
            room(2);
            buffer.putShort(v);
        }

        void putString(String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            bytes(utf8);
        }

        /** The values only (the reader knows how many). */
        void putInts(int[] values, int from, int count) throws IOException {
            for (int done = 0; done < count;) {
                room(4);
                int n = Math.min(count - done, buffer.remaining() / 4);
                buffer.asIntBuffer().put(values, from + done, n);
                buffer.position(buffer.position() + n * 4);
                done += n;
            }
        }

        void putLongs(long[] values, int count) throws IOException {
            for (int done = 0; done < count;) {
                room(8);
                int n = Math.min(count - done, buffer.remaining() / 8);
                buffer.asLongBuffer().put(values, done, n);
                buffer.position(buffer.position() + n * 8);
                done += n;
            }
        }

        void flush() throws IOException {
            drain();
            target.flush();
        }
    }

    /** Buffered big-endian input. */
    static final class In {
        private static final int SMALL_ARRAY = 32;
        private final InputStream source;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        In(InputStream source) {
            this.source = source;
            buffer.flip();
        }

        private void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                int n = source.read(buffer.array(), buffer.position(), buffer.capacity() - buffer.position());
                if (n < 0) {
                    throw new EOFException("truncated name index snapshot");
                }
                buffer.position(buffer.position() + n);
            }
            buffer.flip();
        }

        byte get() throws IOException {
            need(1);
            return buffer.get();
        }

        int getInt() throws IOException {
            need(4);
            return buffer.getInt();
        }

        long getLong() throws IOException {
            need(8);
            return buffer.getLong();
        }

        short getShort() throws IOException {
            need(2);
            return buffer.getShort();
        }

        /** A count read from the stream, checked so that a corrupt one fails here rather than as an OutOfMemoryError. */
        int getCount(int max) throws IOException {
            int n = getInt();
            if (n < 0 || n > max) {
                throw new IOException("corrupt name index snapshot (count " + n + ")");
            }
            return n;
        }

        String getString() throws IOException {
            int length = getCount(1 << 24);
            if (length <= buffer.capacity()) {
                need(length);
                String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), length, StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length);
                return s;
            }
            ByteArrayOutputStream big = new ByteArrayOutputStream(length);
            for (int left = length; left > 0;) {
                need(1);
                int n = Math.min(left, buffer.remaining());
                big.write(buffer.array(), buffer.arrayOffset() + buffer.position(), n);
                buffer.position(buffer.position() + n);
                left -= n;
            }
            return big.toString(StandardCharsets.UTF_8);
        }

        int[] getInts(int count) throws IOException {
            int[] values = new int[count];
            if (count <= SMALL_ARRAY) { // most arrays (a word's keys, a slot's codes) are short: no view buffer
                need(count * 4);
                for (int i = 0; i < count; i++) {
                    values[i] = buffer.getInt();
                }
                return values;
            }
            for (int done = 0; done < count;) {
                need(4);
                int n = Math.min(count - done, buffer.remaining() / 4);
                buffer.asIntBuffer().get(values, done, n);
                buffer.position(buffer.position() + n * 4);
                done += n;
            }
            return values;
        }

        long[] getLongs(int count) throws IOException {
            long[] values = new long[count];
            for (int done = 0; done < count;) {
                need(8);
                int n = Math.min(count - done, buffer.remaining() / 8);
                buffer.asLongBuffer().get(values, done, n);
                buffer.position(buffer.position() + n * 8);
                done += n;
            }
            return values;
        }
    }

    /**
     * Entries already in key order, as a {@link SortedMap}: {@code TreeMap.putAll} of one into an empty map builds the
     * tree in linear time instead of inserting entry by entry.
     */
    static final class Sorted<V> extends java.util.AbstractMap<String, V> implements java.util.SortedMap<String, V> {
        private final List<Map.Entry<String, V>> entries;

        Sorted(List<Map.Entry<String, V>> entries) {
            this.entries = entries;
        }

        @Override
        public java.util.Set<Map.Entry<String, V>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, V>> iterator() {
                    return entries.iterator();
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }

        @Override
        public java.util.Comparator<? super String> comparator() {
            return null;
        }

        @Override
        public java.util.SortedMap<String, V> subMap(String fromKey, String toKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.SortedMap<String, V> headMap(String toKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.SortedMap<String, V> tailMap(String fromKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String firstKey() {
            return entries.get(0).getKey();
        }

        @Override
        public String lastKey() {
            return entries.get(entries.size() - 1).getKey();
        }
    }

    /** For tests and tools: the names of the core files the fingerprint covers. */
    static List<String> fingerprintedFiles() {
        return new ArrayList<>(coreFiles().keySet());
    }
}
