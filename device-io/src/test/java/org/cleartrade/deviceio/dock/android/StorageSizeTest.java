package org.cleartrade.deviceio.dock.android;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageSizeTest {

    @ParameterizedTest(name = "{0} KiB is sold as {1} GB")
    @CsvSource({
        "124968960, 128", // UFS 128 GB
        "249856000, 256",
        "61071360, 64", // eMMC 64 GB
        "30535680, 32",
        "500107862, 512",
        "110219872, 128", // /data of a 128 GB phone
        "52000000, 64",
        "0, 0",
        "1000, 0", // far below any phone
        "99999999999, 0", // beyond any phone
    })
    void roundsUpToTheMarketedSize(long kib, int gb) {
        assertThat(StorageSize.marketed(kib).orElse(0)).isEqualTo(gb);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "major minor  #blocks  name\\n\\n   8        0  124968960 sda\\n   8        1       8 sda1| 128",
                "179 0 61071360 mmcblk0\\n179 1 131072 mmcblk0p1\\n179 32 4096 mmcblk0boot0| 64",
                "254 0 2097152 zram0\\n 253 0 999999999 dm-0| 0",
                "cat: /proc/partitions: Permission denied| 0",
                "8 0 notanumber sda| 0",
                "''| 0",
            })
    void findsTheWholeFlashDiskInProcPartitions(String output, int gb) {
        assertThat(StorageSize.fromPartitions(output.replace("\\n", "\n")).orElse(0))
                .isEqualTo(gb);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Filesystem 1K-blocks Used Available Use% Mounted on\\n/dev/block/dm-48 110219872 8437256 101651016   8% /data| 128",
                "Filesystem Size Used Free Blksize\\n/data 105.1G 8.0G 97.1G 4096| 0",
                "df: /data: Permission denied| 0",
            })
    void fallsBackToTheDataPartition(String output, int gb) {
        assertThat(StorageSize.fromDataPartition(output.replace("\\n", "\n")).orElse(0))
                .isEqualTo(gb);
    }
}
