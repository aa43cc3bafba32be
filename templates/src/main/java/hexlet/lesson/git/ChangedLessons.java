package hexlet.lesson.git;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseModule;
import hexlet.lesson.course.FolderName;
import hexlet.lesson.course.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Which lessons a change touches: the files that differ between the point where the current branch
 * left {@code ref} (their merge base) and the working tree, committed or not, mapped to lessons. A
 * change to a course-wide file (Dockerfile, spec.yml, Makefile, bin/, src/, any helper outside
 * modules/) selects every lesson, since every lesson runs on it.
 */
public final class ChangedLessons {
  /** Files outside modules/ that only describe the course and change no lesson's run. */
  private static final Pattern COURSE_TEXT =
      Pattern.compile(
          "^(description\\.[^/]+\\.ya?ml|[^/]+\\.md|LICENSE[^/]*|\\.gitignore|\\.gitattributes"
              + "|\\.editorconfig|\\.github/.*|\\.hexlet-lesson/.*)$");

  /** Files inside modules/ but outside a lesson that only describe a module or the modules. */
  /** A ref that names an ancestor of HEAD by counting back: {@code HEAD~2}, {@code @^}. */
  private static final Pattern HEAD_ANCESTOR = Pattern.compile("^(?:HEAD|@)((?:~\\d*|\\^1?)+)$");

  private static final Pattern MODULE_TEXT =
      Pattern.compile("^(description\\.[^/]+\\.ya?ml|[^/]+\\.md)$");

  /**
   * The outcome.
   *
   * @param ref the ref as given
   * @param base the merge base the change is measured from, abbreviated
   * @param courseWide the course-wide files that changed; when any did, every lesson is selected
   * @param lessons the selected lessons in course order, each with the files that select it
   */
  public record Selection(
      String ref, String base, List<String> courseWide, Map<Lesson, List<String>> lessons) {
    public Selection {
      courseWide = List.copyOf(courseWide);
      lessons = Collections.unmodifiableMap(new LinkedHashMap<>(lessons));
    }

    public boolean allLessons() {
      return !courseWide.isEmpty();
    }

    public List<Lesson> selected() {
      return List.copyOf(lessons.keySet());
    }
  }

  public Selection since(Course course, String ref) {
    Path root = course.root().toAbsolutePath().normalize();
    try (Repository repo = open(root);
        Git git = new Git(repo)) {
      Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      String prefix = workTree.relativize(root).toString().replace('\\', '/');
      RevCommit base = mergeBase(repo, ref);
      Set<String> changed = new TreeSet<>();
      committed(repo, base, changed);
      uncommitted(git, changed);
      List<String> inCourse = new ArrayList<>();
      for (String path : changed) {
        if (prefix.isEmpty()) {
          inCourse.add(path);
        } else if (path.startsWith(prefix + "/")) {
          inCourse.add(path.substring(prefix.length() + 1));
        }
      }
      return select(course, ref, base.abbreviate(10).name(), inCourse);
    } catch (IOException | GitAPIException e) {
      throw ToolException.invalidInput(root + ": cannot read the git history: " + e.getMessage());
    }
  }

  static Selection select(Course course, String ref, String base, List<String> changed) {
    List<String> courseWide = new ArrayList<>();
    Map<Lesson, List<String>> byLesson = new LinkedHashMap<>();
    for (Lesson lesson : course.lessons()) {
      byLesson.put(lesson, new ArrayList<>());
    }
    for (String path : changed) {
      String[] parts = path.split("/", 4);
      if (!parts[0].equals("modules") || parts.length == 1) {
        if (!COURSE_TEXT.matcher(path).matches()) {
          courseWide.add(path);
        }
        continue;
      }
      Optional<CourseModule> module =
          course.modules().stream().filter(m -> m.name().equals(parts[1])).findFirst();
      if (parts.length == 2 || module.isEmpty()) {
        // A file directly in modules/, or in a folder that is no module: a shared helper,
        // unless it only describes, or belonged to a module that is gone.
        if (!MODULE_TEXT.matcher(parts[parts.length - 1]).matches() && !removed(course, parts, 2)) {
          courseWide.add(path);
        }
        continue;
      }
      Optional<Lesson> lesson =
          parts.length == 4
              ? module.get().lessons().stream().filter(l -> l.name().equals(parts[2])).findFirst()
              : Optional.empty();
      if (lesson.isPresent()) {
        byLesson.get(lesson.get()).add(path);
      } else if (parts.length == 3 && MODULE_TEXT.matcher(parts[2]).matches()) {
        continue;
      } else if (!removed(course, parts, 3)) {
        // A helper in the module's folder: every lesson of the module may use it.
        module.get().lessons().forEach(l -> byLesson.get(l).add(path));
      }
    }
    if (!courseWide.isEmpty()) {
      Map<Lesson, List<String>> all = new LinkedHashMap<>();
      course.lessons().forEach(l -> all.put(l, List.copyOf(courseWide)));
      return new Selection(ref, base, courseWide, all);
    }
    byLesson.values().removeIf(List::isEmpty);
    return new Selection(ref, base, List.of(), byLesson);
  }

  /**
   * Whether the path was inside a numbered module or lesson folder that no longer exists: a removed
   * lesson or module leaves nothing to check.
   *
   * @param depth 2 for a module folder ({@code modules/NN-x}), 3 for a lesson folder
   */
  private static boolean removed(Course course, String[] parts, int depth) {
    if (parts.length <= depth) {
      return false;
    }
    String folder = parts[depth - 1];
    Path dir = course.root();
    for (int i = 0; i < depth; i++) {
      dir = dir.resolve(parts[i]);
    }
    return FolderName.isNumbered(folder) && !Files.exists(dir);
  }

  private static Repository open(Path root) throws IOException {
    var builder = RepositorySearch.from(root, System.getenv());
    if (builder.getGitDir() == null) {
      throw ToolException.invalidInput(
          root + ": not in a git repository; --changed-since compares with the git history");
    }
    return builder.setMustExist(true).build();
  }

  private static RevCommit mergeBase(Repository repo, String ref) throws IOException {
    boolean shallow = !repo.getObjectDatabase().getShallowCommits().isEmpty();
    ObjectId refId = resolve(repo, ref);
    if (refId == null) {
      if (shallow) {
        throw new ToolException(ToolException.Kind.ENVIRONMENT, notInShallowClone(repo, ref));
      }
      throw ToolException.invalidInput(
          "'" + ref + "' names no commit in " + repo.getWorkTree() + " (try a branch, tag or SHA)");
    }
    ObjectId headId = resolve(repo, "HEAD");
    if (headId == null) {
      throw ToolException.invalidInput(repo.getWorkTree() + ": the repository has no commit yet");
    }
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(refId));
      walk.markStart(walk.parseCommit(headId));
      RevCommit base = walk.next();
      if (base != null) {
        return base;
      }
    }
    if (shallow) {
      throw new ToolException(
          ToolException.Kind.ENVIRONMENT,
          "this shallow clone does not reach back to where HEAD and '"
              + ref
              + "' meet: deepen it (git fetch --unshallow, or actions/checkout with fetch-depth: 0)");
    }
    throw ToolException.invalidInput(
        "HEAD and '" + ref + "' have no commit in common: nothing to compare with");
  }

  /**
   * What to fetch when a shallow clone lacks {@code ref}: for an ancestor of HEAD such as {@code
   * HEAD~1}, how many more commits; for a remote branch, that branch with the history that leads to
   * it.
   */
  private static String notInShallowClone(Repository repo, String ref) throws IOException {
    String head = "'" + ref + "' is not in this shallow clone: ";
    Matcher ancestor = HEAD_ANCESTOR.matcher(ref);
    if (ancestor.matches()) {
      int generations = generations(ancestor.group(1));
      int missing = Math.max(1, generations + 1 - firstParentDepth(repo));
      return head
          + "fetch "
          + missing
          + (missing == 1 ? " more commit" : " more commits")
          + " (git fetch --deepen="
          + missing
          + "), or in CI check out "
          + (generations + 1)
          + " commits (actions/checkout with fetch-depth: "
          + (generations + 1)
          + ", or 0 for the whole history)";
    }
    int slash = ref.indexOf('/');
    if (slash > 0
        && repo.getRemoteNames().contains(ref.substring(0, slash))
        && slash < ref.length() - 1) {
      String remote = ref.substring(0, slash);
      String branch = ref.substring(slash + 1);
      return head
          + "fetch it with the history that leads to it (git fetch --unshallow "
          + remote
          + " "
          + branch
          + ":refs/remotes/"
          + ref
          + "), or in CI check out the whole history (actions/checkout with fetch-depth: 0)";
    }
    return head
        + "fetch the whole history and then it (git fetch --unshallow), or in CI check out the"
        + " whole history (actions/checkout with fetch-depth: 0)";
  }

  /** Commits an ancestor suffix such as {@code ~2^} goes back along first parents. */
  private static int generations(String suffix) {
    Matcher step = Pattern.compile("~(\\d*)|\\^1?").matcher(suffix);
    int generations = 0;
    while (step.find()) {
      String count = step.group(1);
      generations += count == null || count.isEmpty() ? 1 : Integer.parseInt(count);
    }
    return generations;
  }

  /** How many commits HEAD's first-parent line holds in this clone, HEAD included. */
  private static int firstParentDepth(Repository repo) throws IOException {
    ObjectId head = repo.resolve("HEAD");
    if (head == null) {
      return 0;
    }
    var shallowCommits = repo.getObjectDatabase().getShallowCommits();
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(head);
      int depth = 1;
      while (!shallowCommits.contains(commit) && commit.getParentCount() > 0) {
        commit = walk.parseCommit(commit.getParent(0));
        depth++;
      }
      return depth;
    }
  }

  private static ObjectId resolve(Repository repo, String ref) throws IOException {
    try {
      return repo.resolve(ref + "^{commit}");
    } catch (RevisionSyntaxException | AmbiguousObjectException e) {
      throw ToolException.invalidInput("'" + ref + "' is not a usable revision: " + e.getMessage());
    }
  }

  private static void committed(Repository repo, RevCommit base, Set<String> changed)
      throws IOException {
    ObjectId head = repo.resolve("HEAD^{tree}");
    try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repo);
      diff.setDetectRenames(false);
      for (DiffEntry entry : diff.scan(base.getTree(), head)) {
        if (!entry.getOldPath().equals(DiffEntry.DEV_NULL)) {
          changed.add(entry.getOldPath());
        }
        if (!entry.getNewPath().equals(DiffEntry.DEV_NULL)) {
          changed.add(entry.getNewPath());
        }
      }
    }
  }

  private static void uncommitted(Git git, Set<String> changed) throws GitAPIException {
    var status = git.status().call();
    changed.addAll(status.getAdded());
    changed.addAll(status.getChanged());
    changed.addAll(status.getRemoved());
    changed.addAll(status.getMissing());
    changed.addAll(status.getModified());
    changed.addAll(status.getUntracked());
    changed.addAll(status.getConflicting());
  }
}
