package org.matdesign.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --device: what it accepts, what auto takes here, and the clear failure of gpu where PyTorch sees none. */
class ComputeDeviceTest {

    @Test
    void parsesTheDevicesAUserCanAskFor() {
        assertEquals(ComputeDevice.AUTO, ComputeDevice.parse(" Auto ", "--device"));
        assertEquals(ComputeDevice.CPU, ComputeDevice.parse("cpu", "--device"));
        assertEquals(new ComputeDevice(ComputeDevice.Kind.GPU, 0), ComputeDevice.parse("gpu", "--device"));
        assertEquals(new ComputeDevice(ComputeDevice.Kind.GPU, 3), ComputeDevice.parse("cuda:3", "--device"));
        assertEquals("gpu:3", ComputeDevice.parse("gpu:3", "--device").toString());
        for (String bad : new String[] {"", "tpu", "gpu:-1", "gpu:x", "gpu:1:2"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ComputeDevice.parse(bad, "--device"), bad);
            assertTrue(e.getMessage().startsWith("--device '" + bad + "'") && e.getMessage().contains("gpu:N"),
                    e.getMessage());
        }
    }

    @Test
    void autoTakesTheFirstGpuWhenThereIsOneAndGpuWithoutOneFailsNamingWhatWasLookedFor() {
        assertEquals(Device.cpu(), ComputeDevice.AUTO.resolve(0, "PyTorch 2.7.1"));
        assertEquals(Device.gpu(0), ComputeDevice.AUTO.resolve(2, "PyTorch 2.7.1"));
        assertEquals(Device.gpu(1), ComputeDevice.parse("gpu:1", "--device").resolve(2, "PyTorch 2.7.1"));
        assertEquals(Device.cpu(), ComputeDevice.CPU.resolve(2, "PyTorch 2.7.1"));
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> ComputeDevice.parse("gpu", "--device").resolve(0, "PyTorch 2.7.1 with the bundled CPU libtorch"));
        assertTrue(none.getMessage().contains("gpu:0 was asked for, but PyTorch 2.7.1 with the bundled CPU libtorch"
                + " sees no CUDA GPU") && none.getMessage().contains("PYTORCH_LIBRARY_PATH"), none.getMessage());
        IllegalStateException tooFew = assertThrows(IllegalStateException.class,
                () -> ComputeDevice.parse("gpu:2", "--device").resolve(2, "PyTorch"));
        assertTrue(tooFew.getMessage().contains("sees 2 CUDA GPU(s), numbered from 0"), tooFew.getMessage());
    }

    @Test
    void onThisMachineAutoTakesWhatPyTorchSeesAndTensorsAreMadeThere() {
        int gpus = DjlRuntime.engine().getGpuCount();
        try (NDManager m = DjlRuntime.newManager(); NDArray x = m.create(new float[] {1, 2})) {
            assertEquals(gpus > 0 ? Device.gpu(0) : Device.cpu(), x.getDevice());
            assertEquals(x.getDevice(), DjlRuntime.device());
        }
        assertTrue(DjlRuntime.deviceDescription().contains(gpus > 0 ? "auto: PyTorch sees" : "auto: PyTorch sees no"
                + " CUDA GPU"), DjlRuntime.deviceDescription());
    }

    @Test
    void gpuOnAMachineWithoutOneIsRefusedByTheRealEngine() {
        int gpus = DjlRuntime.engine().getGpuCount();
        assumeTrue(gpus == 0, "this machine has a GPU");
        ComputeDevice gpu = ComputeDevice.parse("gpu", "--device");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> gpu.resolve(gpus, "PyTorch " + DjlRuntime.engine().getVersion() + " with " + Libtorch.describe()));
        assertTrue(e.getMessage().contains("sees no CUDA GPU"), e.getMessage());
    }

    @Test
    void aDeviceAskedForAfterTheFirstModelLoadedIsRefusedNotMixedIn() {
        DjlRuntime.device(); // chosen (auto unless the build set it)
        String before = System.getProperty(DjlRuntime.DEVICE_PROPERTY);
        try {
            DjlRuntime.useDevice(DjlRuntime.device().isGpu() ? "gpu:0" : "cpu", "--device");
            try (NDManager same = DjlRuntime.newManager()) { // the same device, asked by name: fine
                assertEquals(DjlRuntime.device(), same.getDevice());
            }
            DjlRuntime.useDevice("gpu:7", "--device");
            IllegalStateException e = assertThrows(IllegalStateException.class, DjlRuntime::newManager);
            assertTrue(e.getMessage().contains("gpu:7 was asked for") || e.getMessage().contains("is now 'gpu:7'"),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> DjlRuntime.useDevice("gpu:x", "--device"));
        } finally {
            if (before == null) {
                System.clearProperty(DjlRuntime.DEVICE_PROPERTY);
            } else {
                System.setProperty(DjlRuntime.DEVICE_PROPERTY, before);
            }
        }
        try (NDManager m = DjlRuntime.newManager()) {
            assertEquals(DjlRuntime.device(), m.getDevice());
        }
    }

    @Test
    void anInstalledLibtorchOfAnotherVersionIsRefusedNamingBoth(@TempDir Path tmp) throws IOException {
        Path python = tmp.resolve("torch");
        Files.createDirectories(python.resolve("lib"));
        Files.writeString(python.resolve("version.py"), "__version__ = '2.11.0+cu130'\ngit_version = 'abc'\n");
        assertEquals("2.11.0+cu130", Libtorch.version(python.resolve("lib")).orElseThrow());
        Path download = tmp.resolve("libtorch");
        Files.createDirectories(download.resolve("lib"));
        Files.writeString(download.resolve("build-version"), "2.7.1+cu128\n");
        assertEquals("2.7.1+cu128", Libtorch.version(download.resolve("lib")).orElseThrow());

        String before = System.getProperty("PYTORCH_LIBRARY_PATH");
        try {
            System.setProperty("PYTORCH_LIBRARY_PATH", python.resolve("lib").toString());
            IllegalStateException e = assertThrows(IllegalStateException.class, Libtorch::check);
            assertTrue(e.getMessage().contains("is PyTorch 2.11.0+cu130") && e.getMessage().contains("needs libtorch"
                    + " 2.7.1"), e.getMessage());
            System.setProperty("PYTORCH_LIBRARY_PATH", download.resolve("lib").toString());
            Libtorch.check(); // the version the JNI was built for
            assertTrue(Libtorch.describe().contains("libtorch 2.7.1+cu128"), Libtorch.describe());
            System.setProperty("PYTORCH_LIBRARY_PATH", tmp.resolve("missing").toString());
            assertThrows(IllegalStateException.class, Libtorch::check);
        } finally {
            if (before == null) {
                System.clearProperty("PYTORCH_LIBRARY_PATH");
            } else {
                System.setProperty("PYTORCH_LIBRARY_PATH", before);
            }
        }
    }
}
