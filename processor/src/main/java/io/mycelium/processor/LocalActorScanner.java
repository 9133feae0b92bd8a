package io.mycelium.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.mycelium.annotation.Actor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Finds {@code @Actor} types declared inside a method, constructor, initializer or lambda body,
 * or inside a local or anonymous class, and reports them as errors.
 *
 * <p>Annotation processing never reaches into bodies, so javac does not show such types to
 * {@link ActorProcessor}: without this scan a local {@code @Actor} interface compiles silently, has
 * no generated code, and fails only when spawned. The scan reads javac's syntax trees; the
 * annotation is matched by name and imports, since bodies are not attributed yet. Under another
 * compiler, or a build tool that wraps javac's processing environment, it does nothing.
 *
 * <p>javac only runs the processor when some type it can see is annotated, so a compilation whose
 * only {@code @Actor} types are local is not scanned.
 */
final class LocalActorScanner {
    private static final String ACTOR = Actor.class.getCanonicalName();
    private static final String ACTOR_PACKAGE = Actor.class.getPackageName();

    private final Trees trees;
    private final Set<CompilationUnitTree> scanned = Collections.newSetFromMap(new IdentityHashMap<>());

    private LocalActorScanner(Trees trees) {
        this.trees = trees;
    }

    /** A scanner for {@code env}, or {@code null} when the compiler is not javac. */
    static LocalActorScanner forEnvironment(ProcessingEnvironment env) {
        try {
            return new LocalActorScanner(Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return null;
        }
    }

    /**
     * Scans the compilation units of {@code roots} not scanned in an earlier round, skipping the
     * declarations of {@code seen} (the {@code @Actor} types javac did show the processor, which
     * {@link ProtocolReader} checks).
     */
    void scan(Set<? extends Element> roots, Set<? extends Element> seen) {
        Set<Tree> seenTrees = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : seen) {
            Tree tree = trees.getTree(element);
            if (tree != null) {
                seenTrees.add(tree);
            }
        }
        for (Element root : roots) {
            TreePath path = trees.getPath(root);
            if (path != null && scanned.add(path.getCompilationUnit())) {
                new Finder(path.getCompilationUnit(), seenTrees).scan(path.getCompilationUnit(), null);
            }
        }
    }

    /** Walks one compilation unit, counting how deep inside bodies it is. */
    private final class Finder extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final Set<Tree> seen;
        private final boolean actorImported;
        private int bodyDepth;

        Finder(CompilationUnitTree unit, Set<Tree> seen) {
            this.unit = unit;
            this.seen = seen;
            this.actorImported = importsActor(unit);
        }

        @Override
        public Void visitBlock(BlockTree block, Void unused) {
            return inBody(() -> super.visitBlock(block, unused));
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
            return inBody(() -> super.visitLambdaExpression(lambda, unused));
        }

        @Override
        public Void visitNewClass(NewClassTree newClass, Void unused) {
            // Members of an anonymous class are as unreachable by name as a local class.
            return inBody(() -> super.visitNewClass(newClass, unused));
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (bodyDepth > 0 && !seen.contains(type)
                    && type.getModifiers().getAnnotations().stream().anyMatch(this::isActor)) {
                report(type);
            }
            return super.visitClass(type, unused);
        }

        private Void inBody(Supplier<Void> visit) {
            bodyDepth++;
            try {
                return visit.get();
            } finally {
                bodyDepth--;
            }
        }

        private void report(ClassTree type) {
            String name = type.getSimpleName().toString();
            String message;
            if (type.getKind() == Tree.Kind.INTERFACE) {
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                boolean local = parent instanceof BlockTree || parent instanceof CaseTree;
                message = Problem.ACTOR_NOT_ACCESSIBLE.format(name,
                        local ? "a local interface" : "nested in a local or anonymous class");
            } else {
                message = Problem.ACTOR_NOT_INTERFACE.format(name,
                        ProtocolReader.describeKind(elementKind(type.getKind())));
            }
            trees.printMessage(Diagnostic.Kind.ERROR, message, type, unit);
        }

        private boolean isActor(AnnotationTree annotation) {
            String written = annotation.getAnnotationType().toString();
            return written.equals(ACTOR) || (written.equals(Actor.class.getSimpleName()) && actorImported);
        }
    }

    /** Whether the simple name {@code Actor} in {@code unit} means Mycelium's annotation. */
    private static boolean importsActor(CompilationUnitTree unit) {
        if (unit.getPackageName() != null && unit.getPackageName().toString().equals(ACTOR_PACKAGE)) {
            return true;
        }
        for (ImportTree anImport : unit.getImports()) {
            String imported = anImport.getQualifiedIdentifier().toString();
            if (!anImport.isStatic() && (imported.equals(ACTOR) || imported.equals(ACTOR_PACKAGE + ".*"))) {
                return true;
            }
        }
        return false;
    }

    private static ElementKind elementKind(Tree.Kind kind) {
        return switch (kind) {
            case ENUM -> ElementKind.ENUM;
            case RECORD -> ElementKind.RECORD;
            case ANNOTATION_TYPE -> ElementKind.ANNOTATION_TYPE;
            default -> ElementKind.CLASS;
        };
    }
}
