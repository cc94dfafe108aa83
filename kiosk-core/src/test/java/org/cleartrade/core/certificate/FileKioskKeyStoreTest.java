package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKioskKeyStoreTest {

    @TempDir
    Path data;

    @Test
    void makesAnOwnerOnlyKeyPairOnFirstStart() throws Exception {
        FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());

        Path keys = data.resolve("keys");
        assertThat(store.keyId()).matches("[0-9a-f]{16}").isEqualTo(Ed25519Pem.keyId(store.publicKey()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
                .isEqualTo("rwx------");
        for (String name : new String[] {"current", store.keyId() + ".key.pem", store.keyId() + ".pub.pem"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(name))))
                    .as(name)
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(keys.resolve(store.keyId() + ".key.pem")))
                .startsWith("-----BEGIN PRIVATE KEY-----");
        try (var files = Files.list(keys)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void signsWithTheSameKeyAfterARestart() throws Exception {
        FileKioskKeyStore first = FileKioskKeyStore.open(data, new SecureRandom());
        byte[] message = "certificate bytes".getBytes();
        byte[] signature = FileKioskKeyStore.open(data, new SecureRandom()).sign(message);

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(first.publicKey());
        verifier.update(message);
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(FileKioskKeyStore.open(data, new SecureRandom()).keyId()).isEqualTo(first.keyId());
    }

    @Test
    void rotationKeepsOldPublicKeysAndDestroysTheOldPrivateKey() throws Exception {
        FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());
        String old = store.keyId();

        store.rotate();

        assertThat(store.keyId()).isNotEqualTo(old);
        assertThat(store.publicKeys()).containsOnlyKeys(old, store.keyId());
        assertThat(data.resolve("keys/" + old + ".key.pem")).doesNotExist();
        assertThat(data.resolve("keys/" + old + ".pub.pem")).exists();
        assertThat(FileKioskKeyStore.open(data, new SecureRandom()).keyId()).isEqualTo(store.keyId());
    }

    @Test
    void removesAPrivateKeyLeftBehindByARotationCutShort() throws Exception {
        FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());
        Path stale = data.resolve("keys/0123456789abcdef.key.pem");
        Files.copy(data.resolve("keys/" + store.keyId() + ".key.pem"), stale);

        FileKioskKeyStore.open(data, new SecureRandom());

        assertThat(stale).doesNotExist();
    }

    @Test
    void exportsEveryPublicKeyForVerifiers() throws Exception {
        FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());
        String old = store.keyId();
        store.rotate();
        Path published = data.resolve("published");

        store.exportPublicKeys(published);

        TrustedKeys trusted = TrustedKeys.load(published);
        assertThat(trusted.keyIds()).containsExactlyInAnyOrder(old, store.keyId());
        assertThat(Files.readString(published.resolve(old + ".pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void refusesAPrivateKeyFileOthersCanRead() throws Exception {
        FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());
        Path privateKey = data.resolve("keys/" + store.keyId() + ".key.pem");
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> FileKioskKeyStore.open(data, new SecureRandom()))
                .isInstanceOf(InvalidKeyFileException.class)
                .hasMessageContaining("accessible to others (rw-r--r--)");
    }

    @Test
    void refusesAKeyDirectoryOthersCanList() throws Exception {
        FileKioskKeyStore.open(data, new SecureRandom());
        Files.setPosixFilePermissions(data.resolve("keys"), PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> FileKioskKeyStore.open(data, new SecureRandom()))
                .isInstanceOf(InvalidKeyFileException.class)
                .hasMessageContaining("keys is accessible to others");
    }

    @Test
    void refusesACurrentKeyWhosePrivateKeyIsMissingOrGarbled() throws Exception {
        FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());
        Path privateKey = data.resolve("keys/" + store.keyId() + ".key.pem");
        Files.writeString(privateKey, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> FileKioskKeyStore.open(data, new SecureRandom()))
                .isInstanceOf(InvalidKeyFileException.class)
                .hasMessageContaining("not an Ed25519 private key")
                .hasMessageNotContaining("AAAA");

        Files.delete(privateKey);
        assertThatThrownBy(() -> FileKioskKeyStore.open(data, new SecureRandom()))
                .isInstanceOf(InvalidKeyFileException.class)
                .hasMessageContaining("has no private key file");
    }

    @Test
    void refusesAPrivateKeyFileAsATrustedKey() throws Exception {
        FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());

        assertThatThrownBy(() -> TrustedKeys.load(data.resolve("keys/" + store.keyId() + ".key.pem")))
                .isInstanceOf(InvalidKeyFileException.class)
                .hasMessageContaining("holds a private key");
    }

    @Test
    void keysKeptOneFolderTooDeepByEarlierVersionsMoveUpWithTheirHistory() throws Exception {
        Path nested = data.resolve("keys");
        FileKioskKeyStore old = FileKioskKeyStore.open(nested, new SecureRandom());
        String retired = old.keyId();
        old.rotate();

        FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());

        assertThat(store.keyId()).isEqualTo(old.keyId());
        assertThat(store.publicKeys()).containsKeys(retired, old.keyId());
        assertThat(store.directory()).isEqualTo(data.resolve("keys"));
        assertThat(data.resolve("keys/current")).exists();
        assertThat(data.resolve("keys/keys")).doesNotExist();
    }
}
