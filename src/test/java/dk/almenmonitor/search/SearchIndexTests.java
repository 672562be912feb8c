package dk.almenmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import dk.almenmonitor.shared.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** When the index reads its sources again and when it rewrites itself (docs/adr/0017), with the recheck out of reach. */
class SearchIndexTests {

    private final SearchSources sources = mock(SearchSources.class);
    private final SearchRepository repository = mock(SearchRepository.class);
    private final TransactionTemplate transaction = mock(TransactionTemplate.class);
    private final SearchIndex index = new SearchIndex(sources, repository, transaction, Duration.ofHours(1));

    @SuppressWarnings("unchecked")
    SearchIndexTests() {
        when(transaction.execute(any())).thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0))
                .doInTransaction(null));
    }

    @Test
    void readsAfterAnAuditedChangeAndRewritesOnlyWhatDiffers() {
        List<SearchDocument> before = List.of(goal("Forebyggelse af udsættelser"));
        List<SearchDocument> after = List.of(goal("Forebyggelse af udsættelser og huslejerestancer"));
        when(sources.documents()).thenReturn(before);

        assertThat(index.refresh()).as("first search builds").isTrue();
        verify(repository).replace(before, SearchIndex.fingerprint(before));
        when(repository.fingerprint()).thenReturn(SearchIndex.fingerprint(before));

        assertThat(index.refresh()).as("nothing heard, within the recheck").isFalse();
        index.on(AuditEvent.of("admin", "LOGIN_SUCCEEDED", "admin", null));
        assertThat(index.refresh()).isFalse();
        verify(sources, times(1)).documents();

        index.on(AuditEvent.of("admin", "GOAL_UPDATED", "kk/goal/1", null));
        assertThat(index.refresh()).as("an audited change, same texts").isFalse();
        verify(sources, times(2)).documents();
        verify(repository, times(1)).replace(anyList(), anyString());

        when(sources.documents()).thenReturn(after);
        index.on(AuditEvent.of("sof", "STATUS_SAVED", "kk/2017-Q1/goal/1", null));
        assertThat(index.refresh()).isTrue();
        verify(repository).replace(after, SearchIndex.fingerprint(after));
    }

    @Test
    void anotherRebuildThatGotThereFirstIsNotRepeated() {
        List<SearchDocument> docs = List.of(goal("Ommærkning"));
        when(sources.documents()).thenReturn(docs);
        when(repository.lockedFingerprint()).thenReturn(SearchIndex.fingerprint(docs));
        assertThat(index.refresh()).isFalse();
        verify(repository, never()).replace(anyList(), anyString());
    }

    private static SearchDocument goal(String title) {
        return new SearchDocument(HitKind.GOAL, "kk", 1, null, null, null, 1, title, title, "Indhold");
    }
}
