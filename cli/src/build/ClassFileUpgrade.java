import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the classes of a jar that are older than Java 6 (picocli's are Java 5) as Java 8
 * classes with stack map frames. The JVM's class-data archive skips classes of that age, so
 * without this every start of the command line loads and verifies picocli from the jar again
 * (about 30 ms). The bytecode is unchanged; only the frames the new verifier needs are added.
 *
 * <p>Run by the build after the shaded jar is made (see cli/pom.xml), with ASM on the class path:
 * {@code java -cp asm.jar ClassFileUpgrade.java JAR}. Prints how many classes it rewrote.
 */
public final class ClassFileUpgrade {
  private static final int OLDEST_ARCHIVED = Opcodes.V1_6 & 0xFFFF;

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
    int rewritten = 0;
    try (URLClassLoader hierarchy =
            new URLClassLoader(
                new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        ZipFile in = new ZipFile(jar.toFile());
        OutputStream file = Files.newOutputStream(upgraded);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().endsWith(".class") && majorVersion(bytes) < OLDEST_ARCHIVED) {
          bytes = withFrames(bytes, hierarchy);
          rewritten++;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("ClassFileUpgrade: " + rewritten + " classes of " + jar + " given frames");
  }

  private static int majorVersion(byte[] classFile) {
    return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
  }

  private static byte[] withFrames(byte[] classFile, ClassLoader hierarchy) {
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          // Frames merge types by their common superclass, looked up among the jar's classes.
          @Override
          protected ClassLoader getClassLoader() {
            return hierarchy;
          }
        };
    new ClassReader(classFile)
        .accept(
            new ClassVisitor(Opcodes.ASM9, writer) {
              @Override
              public void visit(
                  int version,
                  int access,
                  String name,
                  String signature,
                  String superName,
                  String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
              }
            },
            ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
