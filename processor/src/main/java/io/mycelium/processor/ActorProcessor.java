package io.mycelium.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.mycelium.annotation.Actor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The Mycelium annotation processor. For every {@link Actor @Actor} interface it validates the
 * protocol and generates, in the interface's package: {@code XProtocol} (sealed, one record per
 * message), {@code XProxy}, {@code XDispatcher}, {@code XDescriptor} and, unless the interface is
 * {@code @Actor(local = true)}, the wire codec {@code XCodec}; and registers the descriptor as a
 * service.
 */
@AutoService(Processor.class)
public final class ActorProcessor extends AbstractProcessor {
    private final ServiceFile serviceFile = new ServiceFile();
    /** Null when the compiler is not javac: then local {@code @Actor} types go unreported. */
    private LocalActorScanner localActors;

    /** Called by javac. */
    public ActorProcessor() {
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        localActors = LocalActorScanner.forEnvironment(env);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Actor.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv.getMessager());
        ProtocolReader reader = new ProtocolReader(processingEnv.getElementUtils(),
                processingEnv.getTypeUtils(), reporter, new EncodabilityCheck(processingEnv));
        Set<? extends Element> actors = round.getElementsAnnotatedWith(Actor.class);
        if (localActors != null) {
            // javac never shows the processor types declared in bodies: find them in the trees.
            localActors.scan(round.getRootElements(), actors);
        }
        for (Element annotated : actors) {
            try {
                reader.read(annotated).ifPresent(this::generate);
            } catch (RuntimeException e) {
                // A bug of ours must not crash javac: report it where the user can see and send it.
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "internal error in the Mycelium processor while handling " + annotated
                                + ": " + e, annotated);
            }
        }
        if (round.processingOver() && !serviceFile.isEmpty()) {
            try {
                serviceFile.write(processingEnv.getFiler());
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "could not write " + ServiceFile.PATH + ": " + e.getMessage());
            }
        }
        return true;
    }

    private void generate(ProtocolModel model) {
        List<JavaFile> files = new ArrayList<>(List.of(
                new ProtocolGenerator().generate(model),
                new ProxyGenerator().generate(model),
                new DispatcherGenerator().generate(model),
                new DescriptorGenerator().generate(model)));
        if (!model.local()) {
            files.add(new CodecGenerator().generate(model));
        }
        try {
            for (JavaFile file : files) {
                file.writeTo(processingEnv.getFiler());
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "could not write generated code for " + model.actorType() + ": " + e.getMessage(),
                    model.element());
            return;
        }
        serviceFile.add(model.descriptorType().reflectionName());
    }
}
