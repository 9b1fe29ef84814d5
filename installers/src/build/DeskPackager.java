import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the desk's installer for the operating system it runs on: a trimmed runtime (jlink, with JavaFX's
 * modules from the Maven jars linked in and their native libraries beside the JVM's), an app-image
 * (jpackage), an ahead-of-time cache trained on that app-image in the layout it is installed in, and the
 * installer (jpackage). Run by {@code installers/pom.xml}'s installer profiles through the JDK's source
 * launcher ({@code java DeskPackager.java --type deb ...}); every step's output goes to
 * {@code <work>/packaging.log}.
 *
 * <p>Why the deb is packed twice: the JVM accepts an AOT cache only when every jar on the class path has the
 * modification time it had in the training run, and jpackage copies the app-image into the package with new
 * times. So the deb is built by jpackage (uncompressed), unpacked as dpkg would install it, trained there,
 * and packed again with {@code dpkg-deb}, which keeps the times; dpkg keeps them on installing too.
 */
public final class DeskPackager {

    static final String NAME = "SalonDesk";
    static final String MAIN_CLASS = "com.salondesk.app.SalonDeskLauncher";
    static final String MAIN_JAR = "salondesk-app.jar";
    static final String CACHE = "salondesk.aot";
    /** The Windows launcher with a console, for the support commands (the main one has no console there). */
    static final String CONSOLE_LAUNCHER = "salondesk-cli";

    /** What the desk needs besides JavaFX and the class path: JavaFX's internals that ControlsFX reaches into. */
    static final List<String> JAVA_OPTIONS = List.of(
            "-D" + "salondesk.installed=true",
            "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
            "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED",
            "--enable-native-access=javafx.graphics,ALL-UNNAMED",
            // A cache the JVM cannot use is said on stderr, not stdout, where `salondesk log` writes JSON lines.
            "-Xlog:aot*=off", "-Xlog:aot*=warning:stderr");

    private final Map<String, String> options;
    private final Os os = Os.current();
    private final Path work;
    private final Path log;

    private DeskPackager(Map<String, String> options) {
        this.options = options;
        this.work = Path.of(option("work")).toAbsolutePath();
        this.log = work.resolve("packaging.log");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, found " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        DeskPackager packager = new DeskPackager(options);
        try {
            packager.run();
        } catch (Exception e) {
            System.err.println("[packager] failed: " + e.getMessage() + " (the steps' output: " + packager.log + ")");
            throw e;
        }
    }

    private void run() throws IOException, InterruptedException {
        String type = option("type");
        requireTheRightSystem(type);
        delete(work);
        Files.createDirectories(work);
        Path runtime = runtime();
        Path images = work.resolve("app-image");
        appImage(runtime, images);
        Path dest = Path.of(option("dest")).toAbsolutePath();
        Files.createDirectories(dest);
        switch (type) {
            case "deb" -> deb(images, dest);
            case "app-image" -> {
                trainAndKeep(appRoot(images));
                checkCacheIsUsed(appRoot(images));
            }
            case "rpm", "msi", "dmg" -> trainedInstaller(type, images, dest);
            default -> throw new IllegalArgumentException("unknown --type " + type + " (deb, rpm, msi, dmg, app-image)");
        }
    }

    /** Each installer is built on its own operating system, with its own tools; say so before anything starts. */
    private void requireTheRightSystem(String type) {
        Os needed = switch (type) {
            case "deb", "rpm" -> Os.LINUX;
            case "msi" -> Os.WINDOWS;
            case "dmg" -> Os.MAC;
            default -> os;
        };
        if (needed != os) {
            throw new IllegalStateException("a ." + type + " is built on " + needed.name().toLowerCase(Locale.ROOT)
                    + ", this is " + System.getProperty("os.name"));
        }
        List<String> tools = switch (type) {
            case "deb" -> List.of("dpkg-deb", "fakeroot");
            case "rpm" -> List.of("rpmbuild");
            default -> List.of();
        };
        for (String tool : tools) {
            boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
            if (!found) {
                throw new IllegalStateException("building a ." + type + " needs " + tool + " on the PATH (Debian, Ubuntu: "
                        + "apt-get install " + (tool.equals("rpmbuild") ? "rpm" : tool.equals("dpkg-deb") ? "dpkg" : tool)
                        + ")");
            }
        }
    }

    // ---- the runtime ------------------------------------------------------------------------------------

    /** jlink: the JDK modules the desk needs plus JavaFX's, JavaFX's native libraries where its loader looks. */
    private Path runtime() throws IOException, InterruptedException {
        Path javafx = work.resolve("javafx-modules");
        Files.createDirectories(javafx);
        List<Path> platformJars = new ArrayList<>();
        try (Stream<Path> jars = Files.list(Path.of(option("javafx")))) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                // Maven's JavaFX comes as an empty jar per module plus the real one for this platform; the real
                // one holds module-info.class.
                if (ModuleFinder.of(jar).findAll().stream().anyMatch(m -> !m.descriptor().isAutomatic())) {
                    platformJars.add(Files.copy(jar, javafx.resolve(jar.getFileName())));
                }
            }
        }
        if (platformJars.isEmpty()) {
            throw new IllegalStateException("no JavaFX module jars for this platform in " + option("javafx"));
        }
        Path runtime = work.resolve("runtime");
        tool("jlink", "--module-path", javafx.toString(),
                "--add-modules", option("modules"),
                "--include-locales", "en,de",
                "--strip-debug", "--no-header-files", "--no-man-pages",
                // The natives and the SWT bridge sit at the root of javafx.graphics' jar: not as resources into the
                // image (the loader would copy them to ~/.openjfx on every new version), but into the runtime below.
                "--exclude-resources", "glob:/javafx.graphics/*.so,glob:/javafx.graphics/*.dll,"
                        + "glob:/javafx.graphics/*.dylib,glob:/javafx.graphics/*.jar",
                "--output", runtime.toString());
        Path natives = runtime.resolve(os == Os.WINDOWS ? "bin" : "lib");
        int count = 0;
        for (Path jar : platformJars) {
            count += extractNatives(jar, natives);
        }
        say("runtime: " + runtime + " (" + count + " JavaFX native libraries in " + natives.getFileName() + "/)");
        return runtime;
    }

    private static int extractNatives(Path jar, Path into) throws IOException {
        int count = 0;
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                    Files.copy(zip, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    count++;
                }
            }
        }
        return count;
    }

    // ---- the app-image ----------------------------------------------------------------------------------

    private void appImage(Path runtime, Path images) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image",
                "--name", NAME,
                "--app-version", packageVersion(),
                "--vendor", option("vendor"),
                "--description", option("description"),
                "--copyright", option("copyright"),
                "--icon", icon().toString(),
                "--input", Path.of(option("input")).toAbsolutePath().toString(),
                "--main-jar", MAIN_JAR,
                "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--dest", images.toString()));
        for (String option : JAVA_OPTIONS) {
            args.add("--java-options");
            args.add(option);
        }
        if (os == Os.WINDOWS) {
            Path properties = work.resolve(CONSOLE_LAUNCHER + ".properties");
            Files.writeString(properties, "win-console=true\n");
            args.addAll(List.of("--add-launcher", CONSOLE_LAUNCHER + "=" + properties));
        }
        if (os == Os.MAC) {
            args.addAll(List.of("--mac-package-identifier", "com.salondesk.desk", "--mac-package-name", NAME));
        }
        tool("jpackage", args.toArray(String[]::new));
        say("app-image: " + appRoot(images));
    }

    /** The icon in this system's format: salondesk.png, .ico (Windows), .icns (macOS). */
    private Path icon() {
        String extension = switch (os) {
            case LINUX -> "png";
            case WINDOWS -> "ico";
            case MAC -> "icns";
        };
        return Path.of(option("icons")).toAbsolutePath().resolve("salondesk." + extension);
    }

    /** The installers' version: the build's numbers without a qualifier (installers take digits only). */
    private String packageVersion() {
        Matcher numbers = Pattern.compile("^(\\d+(\\.\\d+){0,2})").matcher(option("version"));
        if (!numbers.find()) {
            throw new IllegalArgumentException("the build's version " + option("version") + " does not start with numbers");
        }
        return numbers.group(1);
    }

    // ---- training ---------------------------------------------------------------------------------------

    /**
     * Trains an AOT cache with the launcher in {@code appRoot} (an app-image or an unpacked package) and tells
     * its launchers to use it. The workload is the real start: a self-check on a desk that already holds the
     * demo chain (a first self-check records it, untrained), so what is cached is what opening the book needs.
     */
    private void trainAndKeep(Path appRoot) throws IOException, InterruptedException {
        Path launcher = launcher(appRoot);
        Path appDir = appDir(appRoot);
        Path data = work.resolve("training-desk");
        delete(data);
        Path configuration = work.resolve("salondesk.aotconf");
        Files.deleteIfExists(configuration);
        run(Map.of(), launcher.toString(), "--self-check", "--data-dir", data.toString());
        run(Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=record -XX:AOTConfiguration=" + configuration),
                launcher.toString(), "--self-check", "--data-dir", data.toString());
        // The create step runs no main method: it reads the configuration and writes the cache.
        Path cache = appDir.resolve(CACHE);
        run(Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=create -XX:AOTConfiguration=" + configuration
                + " -XX:AOTCache=" + cache), launcher.toString(), "--version");
        Files.delete(configuration);
        try (Stream<Path> cfgs = Files.list(appDir)) {
            for (Path cfg : cfgs.filter(f -> f.toString().endsWith(".cfg")).toList()) {
                // $APPDIR is the launcher's own app folder, wherever the package is installed.
                Files.writeString(cfg, "java-options=-XX:AOTCache=$APPDIR/" + CACHE + "\n", StandardOpenOption.APPEND);
            }
        }
        say("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
        delete(data);
    }

    /**
     * Proves the launcher in {@code appRoot} starts with its cache (AOTMode=on refuses to start without it) and
     * that the desk works with the classes from the cache: a self-check, as CI runs it.
     */
    private void checkCacheIsUsed(Path appRoot) throws IOException, InterruptedException {
        Path aotLog = work.resolve("aot-check.log");
        // On Windows through the console launcher, whose output can be read.
        Path launcher = os == Os.WINDOWS ? appRoot.resolve(CONSOLE_LAUNCHER + ".exe") : launcher(appRoot);
        String output = run(Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on -Xlog:aot=info:file=" + aotLog),
                launcher.toString(), "--self-check");
        say("the " + (appRoot.toString().contains("deb-tree") ? "installed layout" : "app-image")
                + " starts with its AOT cache: " + output.lines()
                .filter(l -> l.startsWith("Self-check")).findFirst().orElse(output.strip()));
    }

    // ---- the installers ---------------------------------------------------------------------------------

    /** The deb: jpackage's package unpacked, trained as installed, packed again with the original file times. */
    private void deb(Path images, Path dest) throws IOException, InterruptedException {
        Path plain = work.resolve("deb-untrained");
        List<String> args = new ArrayList<>(List.of("--type", "deb",
                "--app-image", appRoot(images).toString(),
                "--name", NAME,
                "--app-version", packageVersion(),
                "--vendor", option("vendor"),
                "--description", option("description"),
                "--icon", icon().toString(),
                "--linux-package-name", "salondesk",
                "--install-dir", "/opt",
                "--linux-shortcut",
                "--linux-menu-group", "Office",
                "--linux-app-category", "misc",
                "--linux-deb-maintainer", option("maintainer"),
                // JavaFX opens GTK 3 at run time rather than linking it, so jpackage's own list misses it.
                "--linux-package-deps", "libgtk-3-0",
                "--resource-dir", Path.of(option("resources")).toAbsolutePath().toString(),
                "--dest", plain.toString()));
        // Packed once more below: not worth compressing here.
        tool(Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"), "jpackage", args.toArray(String[]::new));
        Path built;
        try (Stream<Path> files = Files.list(plain)) {
            built = files.filter(f -> f.toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage made no .deb in " + plain));
        }
        Path tree = work.resolve("deb-tree");
        run(Map.of(), "dpkg-deb", "--raw-extract", built.toString(), tree.toString());
        Path installed = tree.resolve("opt/salondesk");
        trainAndKeep(installed);
        checkCacheIsUsed(installed);
        updateInstalledSize(tree);
        Path deb = dest.resolve(built.getFileName());
        Files.deleteIfExists(deb);
        // xz level 3: a tenth larger than the default 6, a fifth of its time (the AOT cache compresses slowly).
        run(Map.of(), "dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", tree.toString(), deb.toString());
        say("package: " + deb + " (" + Files.size(deb) / (1024 * 1024) + " MB)");
        delete(tree);
        delete(plain);
    }

    /** control's Installed-Size (KiB) after the cache went in; dpkg reports it to the person installing. */
    private static void updateInstalledSize(Path tree) throws IOException {
        long[] bytes = {0};
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(tree.resolve("DEBIAN")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                bytes[0] += attrs.size();
                return FileVisitResult.CONTINUE;
            }
        });
        Path control = tree.resolve("DEBIAN/control");
        String updated = Files.readString(control)
                .replaceAll("(?m)^Installed-Size: .*$", "Installed-Size: " + (bytes[0] + 1023) / 1024);
        Files.writeString(control, updated);
    }

    /**
     * rpm, msi, dmg: trained in the app-image, then packaged from it. Not run here (each needs its own OS); if
     * the installer gives the jars new modification times, the JVM ignores the cache (a line on stderr, a
     * slower start) — check an installed desk with {@code JAVA_TOOL_OPTIONS=-XX:AOTMode=on}.
     */
    private void trainedInstaller(String type, Path images, Path dest) throws IOException, InterruptedException {
        Path appRoot = appRoot(images);
        trainAndKeep(appRoot);
        checkCacheIsUsed(appRoot);
        List<String> args = new ArrayList<>(List.of("--type", type,
                "--app-image", appRoot.toString(),
                "--name", NAME,
                "--app-version", packageVersion(),
                "--vendor", option("vendor"),
                "--description", option("description"),
                "--dest", dest.toString()));
        switch (type) {
            case "rpm" -> args.addAll(List.of("--linux-package-name", "salondesk", "--install-dir", "/opt",
                    "--linux-shortcut", "--linux-menu-group", "Office", "--linux-package-deps", "gtk3"));
            case "msi" -> args.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-dir-chooser",
                    // Fixed, so that a newer msi replaces an older one instead of installing beside it.
                    "--win-upgrade-uuid", "5b0f6c1e-8d0a-4c52-9a7e-3f4f3e8e2d61"));
            case "dmg" -> args.addAll(List.of("--mac-package-identifier", "com.salondesk.desk"));
            default -> throw new IllegalArgumentException(type);
        }
        tool("jpackage", args.toArray(String[]::new));
        say("installer in " + dest);
    }

    // ---- layout per operating system --------------------------------------------------------------------

    private enum Os {
        LINUX, WINDOWS, MAC;

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }
    }

    /** The app-image's root: the folder (Linux, Windows) or the .app bundle (macOS). */
    private Path appRoot(Path images) {
        return images.resolve(os == Os.MAC ? NAME + ".app" : NAME);
    }

    private Path launcher(Path appRoot) {
        return switch (os) {
            case LINUX -> appRoot.resolve("bin").resolve(NAME);
            case WINDOWS -> appRoot.resolve(NAME + ".exe");
            case MAC -> appRoot.resolve("Contents/MacOS").resolve(NAME);
        };
    }

    /** Where the launchers' .cfg files, the jars and the cache live ($APPDIR). */
    private Path appDir(Path appRoot) {
        return switch (os) {
            case LINUX -> appRoot.resolve("lib/app");
            case WINDOWS -> appRoot.resolve("app");
            case MAC -> appRoot.resolve("Contents/app");
        };
    }

    // ---- running things ---------------------------------------------------------------------------------

    private String option(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private void tool(String name, String... args) throws IOException, InterruptedException {
        tool(Map.of(), name, args);
    }

    /** A tool of the JDK this runs on (jlink, jpackage). */
    private void tool(Map<String, String> environment, String name, String... args)
            throws IOException, InterruptedException {
        Path tool = Path.of(System.getProperty("java.home"), "bin", os == Os.WINDOWS ? name + ".exe" : name);
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        run(environment, command.toArray(String[]::new));
    }

    /** Runs a command to its end (30 minutes at most), its output appended to the log; fails on a non-zero exit. */
    private String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        say("$ " + String.join(" ", command));
        Path output = Files.createTempFile(work, "step-", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        long begin = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command[0] + " did not finish within 30 minutes");
        }
        String text = Files.readString(output);
        Files.delete(output);
        Files.writeString(log, "$ " + String.join(" ", command) + "\n" + text + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        say(String.format(Locale.ROOT, "  done in %.1f s", (System.nanoTime() - begin) / 1e9));
        if (process.exitValue() != 0) {
            throw new IllegalStateException(Path.of(command[0]).getFileName() + " exited with " + process.exitValue()
                    + ":\n" + text.lines().skip(Math.max(0, text.lines().count() - 30)).reduce("", (a, b) -> a + b + "\n"));
        }
        return text;
    }

    private static void say(String line) {
        System.out.println("[packager] " + line);
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
